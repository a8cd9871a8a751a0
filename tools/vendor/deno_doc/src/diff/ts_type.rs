// Copyright 2018-2024 the Deno authors. All rights reserved. MIT license.

use super::Change;
use crate::ts_type::TsTypeDef;
use crate::ts_type_param::TsTypeParamDef;
use indexmap::IndexMap;
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TsTypeDiff {
  pub old: TsTypeDef,
  pub new: TsTypeDef,
}

impl TsTypeDiff {
  pub fn diff(old: &TsTypeDef, new: &TsTypeDef) -> Option<Self> {
    if old == new {
      return None;
    }

    Some(TsTypeDiff {
      old: old.clone(),
      new: new.clone(),
    })
  }

  pub fn diff_optional(
    old: &Option<TsTypeDef>,
    new: &Option<TsTypeDef>,
    fallback: &'static str,
  ) -> Option<Self> {
    match (old, new) {
      (Some(old), Some(new)) => TsTypeDiff::diff(old, new),
      (Some(old), None) => Some(TsTypeDiff {
        old: old.clone(),
        new: TsTypeDef::keyword(fallback),
      }),
      (None, Some(new)) => Some(TsTypeDiff {
        old: TsTypeDef::keyword(fallback),
        new: new.clone(),
      }),
      (None, None) => None,
    }
  }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TsTypeParamDiff {
  pub name: String,
  #[serde(skip_serializing_if = "Option::is_none")]
  pub constraint_change: Option<Change<Option<TsTypeDef>>>,
  #[serde(skip_serializing_if = "Option::is_none")]
  pub default_change: Option<Change<Option<TsTypeDef>>>,
}

impl TsTypeParamDiff {
  pub fn diff(old: &TsTypeParamDef, new: &TsTypeParamDef) -> Option<Self> {
    let constraint_changed = old.constraint != new.constraint;

    let default_changed = old.default != new.default;

    if !constraint_changed && !default_changed {
      return None;
    }

    let constraint_change = if constraint_changed {
      Some(Change::new(old.constraint.clone(), new.constraint.clone()))
    } else {
      None
    };

    let default_change = if default_changed {
      Some(Change::new(old.default.clone(), new.default.clone()))
    } else {
      None
    };

    Some(TsTypeParamDiff {
      name: old.name.clone(),
      constraint_change,
      default_change,
    })
  }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct TypeParamsDiff {
  #[serde(skip_serializing_if = "Vec::is_empty", default)]
  pub added: Vec<TsTypeParamDef>,
  #[serde(skip_serializing_if = "Vec::is_empty", default)]
  pub removed: Vec<TsTypeParamDef>,
  #[serde(skip_serializing_if = "Vec::is_empty", default)]
  pub modified: Vec<TsTypeParamDiff>,
}

impl TypeParamsDiff {
  pub fn diff(old: &[TsTypeParamDef], new: &[TsTypeParamDef]) -> Option<Self> {
    let old_map = old
      .iter()
      .map(|p| (p.name.as_str(), p))
      .collect::<IndexMap<_, _>>();
    let new_map = new
      .iter()
      .map(|p| (p.name.as_str(), p))
      .collect::<IndexMap<_, _>>();

    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut modified = Vec::new();

    for (name, param) in &new_map {
      if !old_map.contains_key(name) {
        added.push((*param).clone());
      }
    }

    for (name, param) in &old_map {
      if !new_map.contains_key(name) {
        removed.push((*param).clone());
      }
    }

    for (name, old_param) in &old_map {
      if let Some(new_param) = new_map.get(name)
        && let Some(diff) = TsTypeParamDiff::diff(old_param, new_param)
      {
        modified.push(diff);
      }
    }

    if added.is_empty() && removed.is_empty() && modified.is_empty() {
      return None;
    }

    Some(TypeParamsDiff {
      added,
      removed,
      modified,
    })
  }
}
