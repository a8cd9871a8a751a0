//! A small connection pool for the PostgreSQL store (and the tenants' KV on the same
//! database, `x_platform_kv`, with a pool of its own): at most `max` connections, idle ones
//! kept for reuse, a closed one (the server restarted, the network broke) dropped at
//! checkout instead of handed out. A few dozen lines instead of another crate: the store
//! needs no more than this.

use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_postgres::{Client, Config, NoTls};

use crate::{Result, StoreError};

pub struct Pool {
    config: Config,
    idle: Mutex<Vec<Client>>,
    permits: Arc<Semaphore>,
}

/// A checked-out connection; goes back to the pool when dropped.
pub struct Conn<'a> {
    client: Option<Client>,
    pool: &'a Pool,
    _permit: OwnedSemaphorePermit,
}

impl std::ops::Deref for Conn<'_> {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.client.as_ref().expect("a checked-out connection")
    }
}

impl std::ops::DerefMut for Conn<'_> {
    fn deref_mut(&mut self) -> &mut Client {
        self.client.as_mut().expect("a checked-out connection")
    }
}

impl Drop for Conn<'_> {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            if !client.is_closed() {
                self.pool.idle.lock().push(client);
            }
        }
    }
}

impl Pool {
    pub fn new(mut config: Config, max: usize) -> Pool {
        if config.get_connect_timeout().is_none() {
            // An unreachable host fails in seconds, not after the OS's minutes.
            config.connect_timeout(Duration::from_secs(5));
        }
        config.application_name("x platform");
        Pool {
            config,
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(max.max(1))),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub async fn get(&self) -> Result<Conn<'_>> {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| StoreError::Internal("the connection pool is closed".into()))?;
        loop {
            let idle = self.idle.lock().pop();
            match idle {
                Some(client) if client.is_closed() => continue,
                Some(client) => {
                    return Ok(Conn {
                        client: Some(client),
                        pool: self,
                        _permit: permit,
                    })
                }
                None => break,
            }
        }
        let client = connect(&self.config).await?;
        Ok(Conn {
            client: Some(client),
            pool: self,
            _permit: permit,
        })
    }
}

/// Opens one connection and drives it on a task of its own (tokio-postgres splits the
/// client from the socket's I/O).
pub(crate) async fn connect(config: &Config) -> Result<Client> {
    let (client, connection) = config.connect(NoTls).await.map_err(pg_error)?;
    tokio::spawn(async move {
        // Ends when the client is dropped or the server goes away; the pool notices the
        // closed client and makes a new connection.
        let _ = connection.await;
    });
    Ok(client)
}

/// A PostgreSQL error as a store error: constraint violations are the caller's conflict,
/// everything else a store failure with the server's own words.
pub fn pg_error(e: tokio_postgres::Error) -> StoreError {
    use tokio_postgres::error::SqlState;
    if let Some(db) = e.as_db_error() {
        if *db.code() == SqlState::UNIQUE_VIOLATION {
            return StoreError::Conflict(db.message().to_owned());
        }
        return StoreError::Internal(format!("postgres: {}", db.message()));
    }
    // Connection-level errors carry their cause in the source chain.
    let mut message = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    StoreError::Internal(format!("postgres: {message}"))
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        pg_error(e)
    }
}
