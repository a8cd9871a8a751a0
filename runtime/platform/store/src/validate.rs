//! Input rules shared by every store implementation and by the router, so a name that
//! can be stored can also be routed, and the two kinds of host label never overlap:
//! project names start with a letter, deployment ids (ULIDs) with a digit.

/// Longest project name: leaves room in a 63-byte DNS label.
pub const MAX_PROJECT_NAME: usize = 40;
pub const MAX_ENV_KEY: usize = 256;
pub const MAX_ENV_VALUE: usize = 64 * 1024;
pub const MAX_ENV_VARS: usize = 200;
pub const MAX_TOKEN_NAME: usize = 100;
/// Longer tenant log lines are cut, so one `console.log` cannot fill the disk at once.
pub const MAX_LOG_MESSAGE: usize = 16 * 1024;

/// A project name: a DNS label of lower-case letters, digits and single hyphens, starting
/// with a letter and not ending with a hyphen.
pub fn project_name(name: &str) -> Result<(), String> {
    let bytes = name.as_bytes();
    let ok = !bytes.is_empty()
        && bytes.len() <= MAX_PROJECT_NAME
        && bytes[0].is_ascii_lowercase()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && !name.ends_with('-')
        && !name.contains("--");
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid project name {name:?}: use 1-{MAX_PROJECT_NAME} lower-case letters, digits \
             and single hyphens, starting with a letter"
        ))
    }
}

/// A deployment id as [`crate::new_id`] makes them: 26 lower-case Crockford base32
/// characters, the first a digit.
pub fn is_deployment_id(s: &str) -> bool {
    s.len() == 26
        && s.as_bytes()[0].is_ascii_digit()
        && s.bytes().all(|b| {
            b.is_ascii_digit()
                || (b.is_ascii_lowercase() && !matches!(b, b'i' | b'l' | b'o' | b'u'))
        })
}

/// A blob name: 64 lower-case hex digits (a SHA-256).
pub fn blob_hash(s: &str) -> Result<(), String> {
    if s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        Ok(())
    } else {
        Err(format!(
            "invalid blob hash {s:?}: expected 64 lower-case hex digits (sha256)"
        ))
    }
}

/// An environment variable name as POSIX shells accept it.
pub fn env_key(key: &str) -> Result<(), String> {
    let bytes = key.as_bytes();
    let ok = !bytes.is_empty()
        && bytes.len() <= MAX_ENV_KEY
        && (bytes[0].is_ascii_alphabetic() || bytes[0] == b'_')
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid variable name {key:?}: use letters, digits and _, not starting with a digit"
        ))
    }
}

pub fn env_value(key: &str, value: &str) -> Result<(), String> {
    if value.len() > MAX_ENV_VALUE {
        Err(format!(
            "the value of {key} is longer than {MAX_ENV_VALUE} bytes"
        ))
    } else {
        Ok(())
    }
}

pub fn token_name(name: &str) -> Result<(), String> {
    if name.len() > MAX_TOKEN_NAME || name.chars().any(char::is_control) {
        Err(format!(
            "invalid token name: at most {MAX_TOKEN_NAME} bytes, no control characters"
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_names() {
        for good in ["a", "hello", "my-app-2", "a1"] {
            assert!(project_name(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "1abc",
            "Hello",
            "a--b",
            "a-",
            "-a",
            "a_b",
            "a.b",
            &"a".repeat(41),
        ] {
            assert!(project_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ids_and_names_do_not_overlap() {
        let id = crate::new_id();
        assert!(is_deployment_id(&id), "{id}");
        assert!(project_name(&id).is_err());
        assert!(!is_deployment_id("hello"));
    }

    #[test]
    fn hashes_and_env_keys() {
        assert!(blob_hash(&"ab".repeat(32)).is_ok());
        assert!(blob_hash(&"AB".repeat(32)).is_err());
        assert!(blob_hash("abc").is_err());
        assert!(env_key("DATABASE_URL").is_ok());
        assert!(env_key("_x1").is_ok());
        assert!(env_key("1X").is_err());
        assert!(env_key("A-B").is_err());
    }
}
