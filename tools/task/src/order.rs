//! The order tasks run in: a task's `"dependencies"` before it, each task once however
//! many others depend on it, and a cycle refused with its path (`a -> b -> a`) before
//! anything runs. The runner starts a step as soon as its dependencies are done, so
//! independent ones run side by side.

use crate::Tasks;

/// One task to run, and the steps (indices into [`Plan::steps`]) it waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub name: String,
    pub dependencies: Vec<usize>,
}

/// The steps in an order where every dependency comes before its dependents; the task
/// asked for is last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    /// No task of that name; `needed_by` is the task that lists it as a dependency.
    NotFound {
        name: String,
        needed_by: Option<String>,
    },
    /// The names along the cycle, the first repeated at the end.
    Cycle(Vec<String>),
}

impl std::fmt::Display for OrderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OrderError::NotFound {
                name,
                needed_by: None,
            } => write!(f, "Task not found: {name}"),
            OrderError::NotFound {
                name,
                needed_by: Some(by),
            } => write!(f, "Task not found: {name} (a dependency of {by})"),
            OrderError::Cycle(path) => write!(f, "Task cycle detected: {}", path.join(" -> ")),
        }
    }
}

impl std::error::Error for OrderError {}

/// The plan that runs `name` after everything it depends on.
pub fn plan(tasks: &Tasks, name: &str) -> Result<Plan, OrderError> {
    let mut steps = Vec::new();
    let mut path = Vec::new();
    visit(tasks, name, None, &mut steps, &mut path)?;
    Ok(Plan { steps })
}

/// Depth first: dependencies are placed before the task; `path` is the chain being
/// visited, where meeting a name again is a cycle.
fn visit(
    tasks: &Tasks,
    name: &str,
    needed_by: Option<&str>,
    steps: &mut Vec<Step>,
    path: &mut Vec<String>,
) -> Result<usize, OrderError> {
    if let Some(start) = path.iter().position(|n| n == name) {
        let mut cycle = path[start..].to_vec();
        cycle.push(name.to_string());
        return Err(OrderError::Cycle(cycle));
    }
    if let Some(done) = steps.iter().position(|s: &Step| s.name == name) {
        return Ok(done);
    }
    let Some(task) = tasks.get(name) else {
        return Err(OrderError::NotFound {
            name: name.to_string(),
            needed_by: needed_by.map(str::to_string),
        });
    };
    path.push(name.to_string());
    let mut dependencies = Vec::with_capacity(task.dependencies.len());
    for dependency in &task.dependencies {
        let index = visit(tasks, dependency, Some(name), steps, path)?;
        if !dependencies.contains(&index) {
            dependencies.push(index);
        }
    }
    path.pop();
    steps.push(Step {
        name: name.to_string(),
        dependencies,
    });
    Ok(steps.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn tasks(json: &str) -> Tasks {
        let file = x_config::ConfigFile::parse("/p/x.json".into(), json).unwrap();
        Tasks::load(Some(&file), Path::new("/nonexistent-x-task")).unwrap()
    }

    fn names(plan: &Plan) -> Vec<&str> {
        plan.steps.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn a_task_alone() {
        let plan = plan(&tasks(r#"{"tasks": {"a": "echo a"}}"#), "a").unwrap();
        assert_eq!(names(&plan), ["a"]);
        assert!(plan.steps[0].dependencies.is_empty());
    }

    #[test]
    fn dependencies_first_in_the_order_written() {
        let t = tasks(
            r#"{"tasks": {
                "build": {"command": "b", "dependencies": ["gen", "css"]},
                "gen": "g", "css": "c"
            }}"#,
        );
        let plan = plan(&t, "build").unwrap();
        assert_eq!(names(&plan), ["gen", "css", "build"]);
        assert_eq!(plan.steps[2].dependencies, [0, 1]);
    }

    #[test]
    fn a_shared_dependency_runs_once() {
        // a -> b -> d, a -> c -> d: the diamond runs d once, before both b and c.
        let t = tasks(
            r#"{"tasks": {
                "a": {"command": "a", "dependencies": ["b", "c"]},
                "b": {"command": "b", "dependencies": ["d"]},
                "c": {"command": "c", "dependencies": ["d"]},
                "d": "d"
            }}"#,
        );
        let plan = plan(&t, "a").unwrap();
        assert_eq!(names(&plan), ["d", "b", "c", "a"]);
        assert_eq!(plan.steps[1].dependencies, [0]);
        assert_eq!(plan.steps[2].dependencies, [0]);
        assert_eq!(plan.steps[3].dependencies, [1, 2]);
    }

    #[test]
    fn a_dependency_listed_twice_counts_once() {
        let t = tasks(r#"{"tasks": {"a": {"dependencies": ["b", "b"]}, "b": "b"}}"#);
        assert_eq!(plan(&t, "a").unwrap().steps[1].dependencies, [0]);
    }

    #[test]
    fn every_step_comes_after_its_dependencies() {
        let t = tasks(
            r#"{"tasks": {
                "e": {"command": "e", "dependencies": ["c", "d"]},
                "d": {"command": "d", "dependencies": ["a"]},
                "c": {"command": "c", "dependencies": ["b", "a"]},
                "b": {"command": "b", "dependencies": ["a"]},
                "a": "a"
            }}"#,
        );
        let plan = plan(&t, "e").unwrap();
        assert_eq!(plan.steps.len(), 5);
        for (i, step) in plan.steps.iter().enumerate() {
            assert!(step.dependencies.iter().all(|&d| d < i), "{plan:?}");
        }
        assert_eq!(plan.steps.last().unwrap().name, "e");
    }

    #[test]
    fn cycles_are_named() {
        let t = tasks(
            r#"{"tasks": {
                "a": {"command": "a", "dependencies": ["b"]},
                "b": {"command": "b", "dependencies": ["c"]},
                "c": {"command": "c", "dependencies": ["a"]}
            }}"#,
        );
        let err = plan(&t, "a").unwrap_err();
        assert_eq!(
            err,
            OrderError::Cycle(vec!["a".into(), "b".into(), "c".into(), "a".into()])
        );
        assert_eq!(err.to_string(), "Task cycle detected: a -> b -> c -> a");
        let own = tasks(r#"{"tasks": {"s": {"command": "s", "dependencies": ["s"]}}}"#);
        assert_eq!(
            plan(&own, "s").unwrap_err().to_string(),
            "Task cycle detected: s -> s"
        );
    }

    #[test]
    fn a_cycle_below_the_task_asked_for_names_only_the_loop() {
        let t = tasks(
            r#"{"tasks": {
                "top": {"command": "t", "dependencies": ["x"]},
                "x": {"command": "x", "dependencies": ["y"]},
                "y": {"command": "y", "dependencies": ["x"]}
            }}"#,
        );
        assert_eq!(
            plan(&t, "top").unwrap_err().to_string(),
            "Task cycle detected: x -> y -> x"
        );
    }

    #[test]
    fn missing_tasks() {
        let t = tasks(r#"{"tasks": {"a": {"command": "a", "dependencies": ["nope"]}}}"#);
        assert_eq!(
            plan(&t, "zzz").unwrap_err().to_string(),
            "Task not found: zzz"
        );
        assert_eq!(
            plan(&t, "a").unwrap_err().to_string(),
            "Task not found: nope (a dependency of a)"
        );
    }
}
