//! A test's `permissions` option: the run's permissions narrowed to what the test asks
//! for. The narrowed policy asks the run's policy too, so a test can only ever lose
//! permissions; asking for more than the run has fails up front, as in Deno ("Can't
//! escalate parent thread permissions").

use deno_error::JsErrorBox;
use serde_json::Value;
use x_permissions::{
    Access, Descriptor, Kind, PermissionCheckError, PermissionPolicy, PermissionState,
    PermissionsContainer,
};

/// What a test may use of one kind.
#[derive(Debug, Clone)]
enum Grant {
    /// Whatever the run may.
    Inherit,
    /// Nothing.
    None,
    /// Only these (each also allowed by the run).
    Only(Vec<Descriptor>),
}

struct NarrowedPolicy {
    parent: PermissionsContainer,
    grants: [Grant; 8],
}

fn index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

impl NarrowedPolicy {
    fn allows(&self, descriptor: &Descriptor) -> bool {
        match &self.grants[index(descriptor.kind())] {
            Grant::Inherit => true,
            Grant::None => false,
            Grant::Only(list) => list.iter().any(|grant| grant.covers(descriptor)),
        }
    }
}

impl PermissionPolicy for NarrowedPolicy {
    fn check(&self, access: &Access<'_>) -> Result<(), PermissionCheckError> {
        if !self.allows(&access.descriptor) {
            return Err(PermissionCheckError::requires(
                access.descriptor.kind(),
                access.display.as_deref(),
            ));
        }
        self.parent.0.check(access)
    }

    fn query(&self, descriptor: &Descriptor) -> PermissionState {
        if self.allows(descriptor) {
            self.parent.query(descriptor)
        } else {
            PermissionState::Prompt
        }
    }

    fn request(&self, descriptor: &Descriptor) -> PermissionState {
        if self.allows(descriptor) {
            self.parent.request(descriptor)
        } else {
            PermissionState::Denied
        }
    }

    fn revoke(&self, descriptor: &Descriptor) -> PermissionState {
        self.parent.revoke(descriptor)
    }
}

fn escalation() -> JsErrorBox {
    JsErrorBox::new("NotCapable", "Can't escalate parent thread permissions")
}

/// `parent` narrowed by `json`: `"inherit"`, `"none"`, or `{ read: true | false |
/// "inherit" | [paths], ... }` (kinds left out get nothing, as in Deno).
pub(crate) fn narrow(
    parent: &PermissionsContainer,
    json: &str,
) -> Result<PermissionsContainer, JsErrorBox> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| JsErrorBox::type_error(e.to_string()))?;
    let mut grants: [Grant; 8] = std::array::from_fn(|_| Grant::None);
    match &value {
        Value::String(s) if s == "inherit" => grants = std::array::from_fn(|_| Grant::Inherit),
        Value::String(s) if s == "none" => {}
        Value::Object(map) => {
            for (name, value) in map {
                let kind = Kind::from_name(name).ok_or_else(|| {
                    JsErrorBox::type_error(format!("Unknown permission \"{name}\""))
                })?;
                let whole = Descriptor::new(kind, None)
                    .map_err(|e| JsErrorBox::type_error(e.to_string()))?;
                grants[index(kind)] = match value {
                    Value::Bool(false) => Grant::None,
                    Value::String(s) if s == "inherit" => Grant::Inherit,
                    Value::Bool(true) => {
                        if parent.query(&whole) != PermissionState::Granted {
                            return Err(escalation());
                        }
                        Grant::Inherit
                    }
                    Value::Array(items) => {
                        let mut list = Vec::new();
                        for item in items {
                            let Value::String(text) = item else {
                                return Err(JsErrorBox::type_error(format!(
                                    "Invalid value for permission \"{name}\""
                                )));
                            };
                            let text = text.strip_prefix("file://").unwrap_or(text);
                            let descriptor = Descriptor::new(kind, Some(text))
                                .map_err(|e| JsErrorBox::type_error(e.to_string()))?;
                            if !matches!(parent.query(&descriptor), PermissionState::Granted) {
                                return Err(escalation());
                            }
                            list.push(descriptor);
                        }
                        Grant::Only(list)
                    }
                    _ => {
                        return Err(JsErrorBox::type_error(format!(
                            "Invalid value for permission \"{name}\""
                        )))
                    }
                };
            }
        }
        _ => {
            return Err(JsErrorBox::type_error(
                "Invalid permissions: expected \"inherit\", \"none\" or an object",
            ))
        }
    }
    Ok(PermissionsContainer::new(NarrowedPolicy {
        parent: parent.clone(),
        grants,
    }))
}
