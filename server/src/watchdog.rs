//! Defence in depth: a plain OS thread, outside every async runtime, checks every few seconds that
//! tokio's runtime and each render thread still run a task it hands them. When one has not answered
//! for the limit (30 s by default) the server is no longer serving anyone, and nothing inside it can
//! recover: the watchdog logs which part stopped and ends the process with a failure status, so a
//! supervisor (systemd's `Restart=on-failure`, see docs/deploy.md) starts a fresh one.

use crate::render_threads::RenderThreads;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The exit status when the watchdog ends the process (EX_SOFTWARE).
pub const EXIT_STALLED: i32 = 70;

/// One part of the server the watchdog asks for a sign of life.
enum Part {
    Runtime(tokio::runtime::Handle),
    RenderThread(RenderThreads, usize),
}

impl Part {
    fn name(&self) -> String {
        match self {
            Part::Runtime(_) => "the request runtime".to_owned(),
            Part::RenderThread(_, i) => format!("render thread {i}"),
        }
    }

    /// Hands the part a task that sets `done`; false when the part is gone (shutting down).
    fn probe(&self, done: Arc<AtomicBool>) -> bool {
        match self {
            Part::Runtime(handle) => {
                handle.spawn(async move { done.store(true, Ordering::Release) });
                true
            }
            Part::RenderThread(threads, i) => threads.send_to(
                *i,
                Box::new(move || Box::pin(async move { done.store(true, Ordering::Release) })),
            ),
        }
    }
}

struct Probe {
    part: Part,
    /// The sign of life asked for, and when.
    waiting: Option<(Arc<AtomicBool>, Instant)>,
}

/// Watches `runtime` and every render thread; calls `on_stall` with the part's name and the time
/// it has been silent when one stays silent for `limit`, then stops watching.
pub fn spawn(
    runtime: tokio::runtime::Handle,
    threads: Option<RenderThreads>,
    limit: Duration,
    on_stall: impl FnOnce(&str, Duration) + Send + 'static,
) -> std::io::Result<()> {
    let mut probes = vec![Probe {
        part: Part::Runtime(runtime),
        waiting: None,
    }];
    if let Some(threads) = threads {
        for i in 0..threads.count() {
            probes.push(Probe {
                part: Part::RenderThread(threads.clone(), i),
                waiting: None,
            });
        }
    }
    let tick = (limit / 6).max(Duration::from_millis(10));
    std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || loop {
            std::thread::sleep(tick);
            for probe in &mut probes {
                match &probe.waiting {
                    Some((done, _)) if done.load(Ordering::Acquire) => probe.waiting = None,
                    Some((_, since)) if since.elapsed() >= limit => {
                        on_stall(&probe.part.name(), since.elapsed());
                        return;
                    }
                    Some(_) => {}
                    None => {}
                }
                if probe.waiting.is_none() {
                    let done = Arc::new(AtomicBool::new(false));
                    if !probe.part.probe(done.clone()) {
                        return;
                    }
                    probe.waiting = Some((done, Instant::now()));
                }
            }
        })?;
    Ok(())
}

/// What the server does on a stall: say so plainly, then exit for the supervisor to restart it.
pub fn exit_on_stall(part: &str, silent: Duration) {
    tracing::error!(
        part,
        silent_seconds = silent.as_secs(),
        "watchdog: {part} has not run a task for {} s; the server cannot answer requests. Ending the \
         process (exit status {EXIT_STALLED}) so the supervisor starts a fresh one.",
        silent.as_secs()
    );
    eprintln!(
        "wijkidee watchdog: {part} stalled for {} s, exiting with status {EXIT_STALLED}",
        silent.as_secs()
    );
    std::process::exit(EXIT_STALLED);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_blocked_runtime_is_reported_and_a_healthy_one_is_not() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        spawn(
            runtime.handle().clone(),
            None,
            Duration::from_millis(300),
            move |part, _| {
                let _ = tx.send(part.to_owned());
            },
        )
        .unwrap();
        // Healthy for a while: no report.
        assert!(
            rx.recv_timeout(Duration::from_millis(900)).is_err(),
            "a healthy runtime was reported"
        );
        // Its only worker blocked (as by a deadlock): reported within the limit and a tick or two.
        runtime.spawn(async { std::thread::sleep(Duration::from_secs(3)) });
        let part = rx
            .recv_timeout(Duration::from_secs(2))
            .expect("the stall was not reported");
        assert_eq!(part, "the request runtime");
    }

    #[test]
    fn a_blocked_render_thread_is_reported_by_name() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let threads = runtime.block_on(async { RenderThreads::start(2) }).unwrap();
        let (tx, rx) = mpsc::channel();
        spawn(
            runtime.handle().clone(),
            Some(threads.clone()),
            Duration::from_millis(300),
            move |part, _| {
                let _ = tx.send(part.to_owned());
            },
        )
        .unwrap();
        assert!(rx.recv_timeout(Duration::from_millis(900)).is_err());
        threads.send_to(
            1,
            Box::new(|| Box::pin(async { std::thread::sleep(Duration::from_secs(3)) })),
        );
        let part = rx
            .recv_timeout(Duration::from_secs(2))
            .expect("the stall was not reported");
        assert_eq!(part, "render thread 1");
    }
}
