//! Every Leptos render (a page, a server function, the 404 page) runs from start to finish on one
//! thread: a small pool of render threads, each with a single-threaded executor, beside tokio's
//! multi-threaded runtime, which keeps the sockets, the database drivers, timers and static files.
//!
//! Why: Leptos' reactive graph guards each node with its own `RwLock`. On a multi-threaded runtime
//! one render's pieces run on several workers at once: a resource's fetcher finishing on one worker
//! notifies its subscribers (node lock, then subscriber lock) while the response stream, polled on
//! another, clears an effect's sources (subscriber lock, then node lock). Two threads taking two
//! locks in opposite order wait for each other forever, and with both workers stuck the whole server
//! stops answering (upstream leptos #4673, #4851, #4578; seen here after 40 minutes of use). Here a
//! render's reactive work never leaves its thread: `Executor::spawn` from a render thread queues the
//! task on that same thread, and the response body is read to its end there too. A thread holds a
//! node's lock only while it runs synchronous code that never waits for another task, so the two
//! locks of an inversion can never be held by two threads at once: the deadlock cannot form.
//!
//! The render thread enters the runtime's handle, so database connections, timers and I/O opened
//! during a render belong to the multi-threaded runtime and are driven by its workers.

use axum::body::{Body, Bytes};
use axum::http::{Request, Response, StatusCode};
use futures::executor::LocalPool;
use futures::future::{self, Either, LocalBoxFuture};
use futures::task::LocalSpawnExt;
use futures::FutureExt;
use std::cell::RefCell;
use std::convert::Infallible;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};
use std::task::{Context, Poll};
use tokio::sync::{mpsc, oneshot};
use tower::{Service, ServiceExt};
use tracing::Instrument;

/// Work handed to a render thread: builds its (not necessarily `Send`) future there.
pub type Job = Box<dyn FnOnce() -> LocalBoxFuture<'static, ()> + Send>;

/// A render thread's stack: Leptos views nest deeply; tokio's workers have 2 MiB.
const STACK_BYTES: usize = 8 * 1024 * 1024;

thread_local! {
    /// Set on render threads: where `Executor::spawn` puts a render's tasks.
    static LOCAL_SPAWNER: RefCell<Option<futures::executor::LocalSpawner>> = const { RefCell::new(None) };
}

/// The render threads of one server. Cloning shares them; they end when the last clone is dropped.
#[derive(Clone)]
pub struct RenderThreads {
    inner: Arc<Inner>,
}

struct Inner {
    threads: Vec<Thread>,
}

struct Thread {
    jobs: mpsc::UnboundedSender<Job>,
    /// Requests queued or running on this thread, to pick the least busy one.
    load: Arc<AtomicUsize>,
}

impl RenderThreads {
    /// Starts `count` render threads (at least one) tied to the current tokio runtime.
    pub fn start(count: usize) -> std::io::Result<Self> {
        install_executor();
        let handle = tokio::runtime::Handle::current();
        let mut threads = Vec::new();
        for i in 0..count.max(1) {
            let (jobs, mut queue) = mpsc::unbounded_channel::<Job>();
            let handle = handle.clone();
            std::thread::Builder::new()
                .name(format!("render-{i}"))
                .stack_size(STACK_BYTES)
                .spawn(move || {
                    let _runtime = handle.enter();
                    let mut pool = LocalPool::new();
                    let spawner = pool.spawner();
                    LOCAL_SPAWNER.with(|s| *s.borrow_mut() = Some(spawner.clone()));
                    pool.run_until(async move {
                        while let Some(job) = queue.recv().await {
                            if spawner.spawn_local(job()).is_err() {
                                break;
                            }
                        }
                    });
                    LOCAL_SPAWNER.with(|s| s.borrow_mut().take());
                })?;
            threads.push(Thread {
                jobs,
                load: Arc::new(AtomicUsize::new(0)),
            });
        }
        Ok(Self {
            inner: Arc::new(Inner { threads }),
        })
    }

    pub fn count(&self) -> usize {
        self.inner.threads.len()
    }

    /// Queues a job on thread `index` (for the watchdog's heartbeat); false when that thread is gone.
    pub fn send_to(&self, index: usize, job: Job) -> bool {
        self.inner
            .threads
            .get(index)
            .is_some_and(|t| t.jobs.send(job).is_ok())
    }

    /// Runs `make()`'s future on the least busy render thread and returns its output. `None` when
    /// the thread is gone or the work was abandoned (a panic in it).
    pub async fn run<T, F, Fut>(&self, make: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = T> + 'static,
    {
        let thread = self
            .inner
            .threads
            .iter()
            .min_by_key(|t| t.load.load(Ordering::Relaxed))?;
        let load = LoadGuard::enter(thread.load.clone());
        let (answer, answered) = oneshot::channel::<T>();
        // The request's span follows its work onto the render thread, so lines logged there carry
        // the request id.
        let span = tracing::Span::current();
        let job: Job = Box::new(move || {
            Box::pin(
                async move {
                    let _load = load;
                    let mut answer = answer;
                    // When the caller stops waiting (a timeout, a closed connection), stop working.
                    let value = {
                        let work = std::pin::pin!(make());
                        let gone = std::pin::pin!(answer.closed());
                        match future::select(work, gone).await {
                            Either::Left((value, _)) => Some(value),
                            Either::Right(_) => None,
                        }
                    };
                    if let Some(value) = value {
                        let _ = answer.send(value);
                    }
                }
                .instrument(span),
            )
            .catch_unwind_logged()
        });
        thread.jobs.send(job).ok()?;
        answered.await.ok()
    }
}

/// Counts a request on its thread from queueing until its job ends (or is dropped unstarted).
struct LoadGuard(Arc<AtomicUsize>);

impl LoadGuard {
    fn enter(load: Arc<AtomicUsize>) -> Self {
        load.fetch_add(1, Ordering::Relaxed);
        Self(load)
    }
}

impl Drop for LoadGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Leptos spawns through `any_spawner`'s global executor. This one keeps a render thread's tasks on
/// that thread and sends every other spawn to tokio, as Leptos' own tokio executor does.
fn install_executor() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Fails only if an executor was set before, which would defeat the point: say so loudly.
        if any_spawner::Executor::init_custom_executor(ThreadAffineExecutor).is_err() {
            tracing::error!(
                "render threads: another async executor was installed first; renders may deadlock"
            );
        }
    });
}

struct ThreadAffineExecutor;

impl any_spawner::CustomExecutor for ThreadAffineExecutor {
    fn spawn(&self, fut: any_spawner::PinnedFuture<()>) {
        if let Some(fut) = spawn_here(fut) {
            tokio::spawn(fut);
        }
    }

    fn spawn_local(&self, fut: any_spawner::PinnedLocalFuture<()>) {
        if let Some(fut) = spawn_here(fut) {
            tokio::task::spawn_local(fut);
        }
    }

    fn poll_local(&self) {}
}

/// Queues `fut` on this render thread; gives it back when this is not a render thread.
fn spawn_here<F: Future<Output = ()> + ?Sized + 'static>(fut: Pin<Box<F>>) -> Option<Pin<Box<F>>> {
    LOCAL_SPAWNER.with(|spawner| match spawner.borrow().as_ref() {
        Some(spawner) => {
            let _ = spawner.spawn_local(fut.catch_unwind_logged());
            None
        }
        None => Some(fut),
    })
}

/// A panic in a render (or a task it spawned) ends that render, never its thread: the thread's
/// other renders go on, and the caller waiting for the answer gets `None`.
trait CatchUnwindLogged: Future<Output = ()> + Sized {
    fn catch_unwind_logged(self) -> LocalBoxFuture<'static, ()>
    where
        Self: 'static,
    {
        Box::pin(async move {
            if AssertUnwindSafe(self).catch_unwind().await.is_err() {
                tracing::error!("a render panicked; its request failed, the render thread goes on");
            }
        })
    }
}

impl<F: Future<Output = ()>> CatchUnwindLogged for F {}

/// A tower service that answers each request with `inner`, run on a render thread, the response
/// body read to its end there (the body stream of a Leptos page still does reactive work).
#[derive(Clone)]
pub struct OnRenderThreads<S> {
    threads: RenderThreads,
    inner: S,
}

impl<S> OnRenderThreads<S> {
    pub fn new(threads: RenderThreads, inner: S) -> Self {
        Self { threads, inner }
    }
}

/// The largest response a render may produce (far above any page; a runaway render stops here).
const MAX_RENDERED_BYTES: usize = 64 * 1024 * 1024;

impl<S> Service<Request<Body>> for OnRenderThreads<S>
where
    S: Service<Request<Body>, Response = Response<Body>, Error = Infallible> + Clone + Send + 'static,
    S::Future: 'static,
{
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let threads = self.threads.clone();
        let inner = self.inner.clone();
        Box::pin(async move {
            let rendered = threads
                .run(move || async move {
                    let Ok(response) = inner.oneshot(request).await;
                    let (mut parts, body) = response.into_parts();
                    let bytes = axum::body::to_bytes(body, MAX_RENDERED_BYTES)
                        .await
                        .map_err(|e| e.to_string())?;
                    Ok::<_, String>((tidied(&mut parts, bytes), parts))
                })
                .await;
            Ok(match rendered {
                Some(Ok((bytes, parts))) => Response::from_parts(parts, Body::from(bytes)),
                Some(Err(error)) => {
                    tracing::error!(%error, "reading a rendered response failed");
                    failed()
                }
                None => {
                    tracing::error!("a render thread dropped its request (a panic while rendering?)");
                    failed()
                }
            })
        })
    }
}

/// A page made valid HTML (`html_tidy`); every other response as it is.
fn tidied(parts: &mut axum::http::response::Parts, bytes: Bytes) -> Bytes {
    let is_html = parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let tidy = is_html
        .then(|| std::str::from_utf8(&bytes).ok())
        .flatten()
        .and_then(|html| crate::html_tidy::tidy(&parts.headers, html));
    match tidy {
        Some(page) => {
            parts.headers.remove(axum::http::header::CONTENT_LENGTH);
            Bytes::from(page)
        }
        None => bytes,
    }
}

fn failed() -> Response<Body> {
    let mut response = Response::new(Body::from(Bytes::from_static(b"Internal Server Error")));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_render_and_everything_it_spawns_stay_on_one_thread() {
        let threads = RenderThreads::start(2).unwrap();
        let seen = threads
            .run(|| async {
                let here = std::thread::current().id();
                let (tx, rx) = futures::channel::oneshot::channel();
                any_spawner::Executor::spawn(async move {
                    let _ = tx.send(std::thread::current().id());
                });
                (here, rx.await.unwrap())
            })
            .await
            .unwrap();
        assert_eq!(seen.0, seen.1, "a task spawned by a render ran on another thread");
        assert_ne!(seen.0, std::thread::current().id());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn spawns_outside_render_threads_go_to_tokio() {
        let _threads = RenderThreads::start(1).unwrap();
        let (tx, rx) = futures::channel::oneshot::channel();
        any_spawner::Executor::spawn(async move {
            let _ = tx.send(std::thread::current().name().map(str::to_owned));
        });
        let name = rx.await.unwrap().unwrap_or_default();
        assert!(!name.starts_with("render-"), "ran on {name}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn database_io_and_timers_work_on_a_render_thread() {
        let threads = RenderThreads::start(1).unwrap();
        let waited = threads
            .run(|| async {
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                tokio::net::TcpListener::bind("127.0.0.1:0").await.is_ok()
            })
            .await;
        assert_eq!(waited, Some(true));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panicking_render_answers_none_and_the_thread_goes_on() {
        let threads = RenderThreads::start(1).unwrap();
        let panicked: Option<()> = threads.run(|| async { panic!("boom") }).await;
        assert!(panicked.is_none());
        assert_eq!(threads.run(|| async { 7 }).await, Some(7));
    }
}
