//! Which node owns a tenant: rendezvous (highest random weight) hashing. Each node gets a
//! weight per key, SHA-256 of the node id and the key; the heaviest live node owns the
//! key. Every node computing over the same live list agrees, and when a node leaves only
//! the keys it owned move (each to its runner-up), so the other tenants' isolates stay
//! where they are warm.

use sha2::{Digest, Sha256};
use x_platform_store::NodeInfo;

fn weight(node_id: &str, key: &str) -> u64 {
    let mut hasher = Sha256::new();
    hasher.update(node_id.as_bytes());
    // A separator, so ("ab", "c") and ("a", "bc") weigh differently.
    hasher.update([0]);
    hasher.update(key.as_bytes());
    let digest = hasher.finalize();
    u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// The nodes in the order they should serve `key`: the owner first, then its successors.
pub fn rank<'a>(key: &str, nodes: &'a [NodeInfo]) -> Vec<&'a NodeInfo> {
    let mut ranked: Vec<(u64, &NodeInfo)> =
        nodes.iter().map(|n| (weight(&n.node_id, key), n)).collect();
    // Ties (astronomically unlikely) broken by id, so the order is the same everywhere.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.node_id.cmp(&b.1.node_id)));
    ranked.into_iter().map(|(_, n)| n).collect()
}

/// The owner of `key` among `nodes` (`None` when there are none).
pub fn owner<'a>(key: &str, nodes: &'a [NodeInfo]) -> Option<&'a NodeInfo> {
    rank(key, nodes).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nodes(n: usize) -> Vec<NodeInfo> {
        (1..=n)
            .map(|i| NodeInfo {
                node_id: format!("node-{i}"),
                addr: format!("127.0.0.1:{}", 9000 + i),
            })
            .collect()
    }

    #[test]
    fn every_node_agrees_whatever_the_list_order() {
        let mut list = nodes(5);
        let key = "01jabcdefghjkmnpqrstvwxyz0";
        let first = owner(key, &list).unwrap().node_id.clone();
        list.reverse();
        assert_eq!(owner(key, &list).unwrap().node_id, first);
        assert!(owner(key, &[]).is_none());
    }

    #[test]
    fn keys_spread_over_the_nodes() {
        let list = nodes(3);
        let mut counts = [0usize; 3];
        for i in 0..3000 {
            let o = owner(&format!("deployment-{i}"), &list).unwrap();
            counts[list.iter().position(|n| n == o).unwrap()] += 1;
        }
        // 1000 each on average; a real hash keeps each well within 20%.
        assert!(
            counts.iter().all(|&c| (800..1200).contains(&c)),
            "{counts:?}"
        );
    }

    #[test]
    fn a_node_leaving_moves_only_its_own_keys() {
        let all = nodes(3);
        let without: Vec<NodeInfo> = all
            .iter()
            .filter(|n| n.node_id != "node-2")
            .cloned()
            .collect();
        for i in 0..1000 {
            let key = format!("deployment-{i}");
            let before = owner(&key, &all).unwrap();
            let after = owner(&key, &without).unwrap();
            if before.node_id != "node-2" {
                assert_eq!(before, after, "{key} moved though its owner stayed");
            } else {
                // It goes to its runner-up, which every node can compute in advance.
                assert_eq!(after, rank(&key, &all)[1]);
            }
        }
    }
}
