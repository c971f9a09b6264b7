//! The intake's promises checked on a real store and recording handlers: a chat's order kept,
//! a slow chat delaying only itself, unreadable updates skipped, and what was queued at shutdown
//! answered at the next start.

use std::sync::atomic::AtomicU32;

use super::*;

fn message(id: i64, chat: i64) -> Update {
    let chat = if chat > 0 {
        serde_json::json!({"id": chat, "type": "private", "first_name": "A"})
    } else {
        serde_json::json!({"id": chat, "type": "group", "title": "G"})
    };
    // From text: teloxide's Update does not deserialize from a `Value`.
    let update: Update = serde_json::from_str(
        &serde_json::json!({
            "update_id": id,
            "message": {
                "message_id": id, "date": 0, "text": "hi", "chat": chat,
                "from": {"id": 1, "is_bot": false, "first_name": "A"}
            }
        })
        .to_string(),
    )
    .expect("a valid update");
    assert!(update.chat().is_some(), "{update:?}");
    update
}

/// The updates as Telegram would send them.
fn json_of(updates: &[(i64, Update)]) -> Vec<(i64, Arc<str>)> {
    updates
        .iter()
        .map(|(id, u)| (*id, Arc::from(serde_json::to_string(u).unwrap())))
        .collect()
}

#[tokio::test]
async fn updates_that_must_queue_are_answered_from_their_json_in_order() {
    let (_dir, store) = crate::bot::store::tests::temporary();
    let order = Arc::new(Mutex::new(Vec::new()));
    let intake = Intake::new(Arc::new(store), recording(Arc::clone(&order)));
    // More than the answer slots, in private chats: most of them wait, kept as JSON.
    let count = CONCURRENT_ANSWERS as i64 * 3;
    let updates: Vec<(i64, Update)> = (1..=count).map(|id| (id, message(id, id))).collect();
    intake.take(json_of(&updates), Some(count + 1)).await;
    for _ in 0..200 {
        if intake.backlog() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let mut answered = lock(&order).clone();
    answered.sort_unstable();
    assert_eq!(answered, (1..=count).collect::<Vec<_>>());
    intake.stop(Duration::from_secs(1)).await;
    assert!(intake.store().unfinished().unwrap().is_empty());
}

#[tokio::test]
async fn updates_whose_json_does_not_read_are_skipped_and_marked_done() {
    let (_dir, store) = crate::bot::store::tests::temporary();
    let order = Arc::new(Mutex::new(Vec::new()));
    let intake = Intake::new(Arc::new(store), recording(Arc::clone(&order)));
    // The second message of the slow chat queues behind the first: its chat reads, but it
    // is not an update (no `update_id`).
    let mut raw = json_of(&[(1, message(1, -1))]);
    raw.push((2, Arc::from(r#"{"message": {"chat": {"id": -1}}}"#)));
    raw.push((3, Arc::from("not json")));
    intake.take(raw, Some(4)).await;
    answered(&order, 1).await;
    intake.stop(Duration::from_secs(1)).await;
    assert_eq!(*lock(&order), [1]);
    assert!(intake.store().unfinished().unwrap().is_empty());
    assert_eq!(intake.backlog(), 0);
}

#[test]
fn the_queue_is_read_from_the_json_without_parsing_the_update() {
    let edited = r#"{"update_id": 9, "edited_message": {"chat": {"id": -5, "type": "group"}}}"#;
    assert_eq!(queue_key(9, edited), QueueKey::Chat(-5));
    let press = r#"{"update_id": 10, "callback_query": {"id": "x", "message": {}}}"#;
    assert_eq!(queue_key(10, press), QueueKey::Alone(10));
    assert_eq!(queue_key(11, "not json"), QueueKey::Alone(11));
}

/// A handler that takes `slow` for chat -1 and records the order of answers.
fn recording(order: Arc<Mutex<Vec<i64>>>) -> Handler {
    Arc::new(move |update: Update| {
        let order = Arc::clone(&order);
        Box::pin(async move {
            let chat = update.chat().map(|c| c.id.0).unwrap_or_default();
            if chat == -1 {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            lock(&order).push(update.id.0 as i64);
        })
    })
}

/// A handler that takes a permit of `gate` for each of chat -1's updates and keeps it, and
/// records the order of answers: the gate's permits are how many of them are answered.
fn one_way_gated(order: Arc<Mutex<Vec<i64>>>, gate: Arc<tokio::sync::Semaphore>) -> Handler {
    Arc::new(move |update: Update| {
        let (order, gate) = (Arc::clone(&order), Arc::clone(&gate));
        Box::pin(async move {
            let chat = update.chat().map(|c| c.id.0).unwrap_or_default();
            if chat == -1 {
                gate.acquire().await.expect("the gate stays open").forget();
            }
            lock(&order).push(update.id.0 as i64);
        })
    })
}

/// A handler that holds chat -1's updates until `gate` gives a permit, and records the
/// order of answers: the test decides when the slow chat may go on, whatever the load.
fn gated(order: Arc<Mutex<Vec<i64>>>, gate: Arc<tokio::sync::Semaphore>) -> Handler {
    Arc::new(move |update: Update| {
        let (order, gate) = (Arc::clone(&order), Arc::clone(&gate));
        Box::pin(async move {
            let chat = update.chat().map(|c| c.id.0).unwrap_or_default();
            if chat == -1 {
                drop(gate.acquire().await.expect("the gate stays open"));
            }
            lock(&order).push(update.id.0 as i64);
        })
    })
}

/// Waits (10 ms steps, at most 5 s) until `count` updates were answered.
async fn answered(order: &Mutex<Vec<i64>>, count: usize) {
    for _ in 0..500 {
        if lock(order).len() >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_slow_chat_delays_only_itself_and_its_messages_keep_their_order() {
    let (_dir, store) = crate::bot::store::tests::temporary();
    let order = Arc::new(Mutex::new(Vec::new()));
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let intake = Intake::new(
        Arc::new(store),
        gated(Arc::clone(&order), Arc::clone(&gate)),
    );
    let updates = vec![(1, message(1, -1)), (2, message(2, -1)), (3, message(3, 5))];
    intake.take(json_of(&updates), Some(4)).await;
    answered(&order, 1).await;
    assert_eq!(*lock(&order), [3], "the private chat did not wait");
    gate.add_permits(1);
    answered(&order, 3).await;
    assert_eq!(*lock(&order), [3, 1, 2]);
    intake.stop(Duration::from_secs(1)).await;
    assert!(intake.store().unfinished().unwrap().is_empty());
    assert_eq!(intake.backlog(), 0);
}

#[tokio::test]
async fn updates_queued_at_shutdown_stay_in_the_inbox_and_are_answered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.sqlite3");
    {
        let store = Arc::new(Store::open(&path).unwrap());
        let order = Arc::new(Mutex::new(Vec::new()));
        // One permit, never given back: the first update is answered, the second waits
        // past the stop's grace whatever the load, and the third never starts.
        let gate = Arc::new(tokio::sync::Semaphore::new(1));
        let intake = Intake::new(store, one_way_gated(Arc::clone(&order), gate));
        let updates: Vec<(i64, Update)> = (1..=3).map(|id| (id, message(id, -1))).collect();
        intake.take(json_of(&updates), Some(4)).await;
        answered(&order, 1).await;
        intake.stop(Duration::from_millis(50)).await;
    }
    let answered = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&answered);
    let handler: Handler = Arc::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        Box::pin(async {})
    });
    let intake = Intake::new(Arc::new(Store::open(&path).unwrap()), handler);
    assert_eq!(
        intake.recover(),
        2,
        "the first was answered before the stop"
    );
    for _ in 0..100 {
        if intake.backlog() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    intake.stop(Duration::from_secs(1)).await;
    assert_eq!(answered.load(Ordering::SeqCst), 2);
    assert!(intake.store().unfinished().unwrap().is_empty());
}
