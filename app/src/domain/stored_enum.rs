//! Enums with a stored form (`as_str`/`parse`, the text in the database and in forms) and a label
//! key, so code compares variants, never strings.

macro_rules! stored_enum {
    ($name:ident { $($variant:ident => $stored:literal, $label:ident;)* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $stored,)* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }

            pub fn label(self) -> crate::i18n::Msg {
                match self { $($name::$variant => crate::i18n::Msg::$label,)* }
            }
        }
    };
}

pub(crate) use stored_enum;
