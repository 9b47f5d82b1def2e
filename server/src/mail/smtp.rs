//! Delivery over SMTP with lettre. Plain text mail with `List-Unsubscribe` and
//! `List-Unsubscribe-Post` (RFC 8058), so mail programs can offer their own unsubscribe button.

use anyhow::Context;
use app::db::outbox::OutgoingMail;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Sender {
    pub fn new(smtp_url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .with_context(|| format!("the SMTP URL is not usable: {smtp_url}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .with_context(|| format!("the sender address is not valid: {from}"))?;
        Ok(Self { transport, from })
    }

    pub async fn send(&self, mail: &OutgoingMail) -> anyhow::Result<()> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mail.recipient.parse().context("recipient address")?)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN);
        if let Some(url) = &mail.unsubscribe_url {
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        let message = builder.body(mail.body.clone()).context("building the message")?;
        self.transport.send(message).await.context("SMTP delivery")?;
        Ok(())
    }
}
