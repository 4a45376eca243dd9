/*
 * The parallel runtime of MLC's ahead-of-time builds: mlc_parallel_for, the entry that the code of
 * outline-parallel-loops calls (docs/parallel-runtime.md). Compile it with the model's object file:
 *
 *   gcc -O2 -pthread driver.c model.o mlc_runtime.c -lm -o driver
 *
 * The thread count is mlc_set_num_threads(n) when set, else $MLC_NUM_THREADS, else the number of
 * online processors. Each parallel region starts (threads - 1) POSIX threads for its chunks and runs
 * the first chunk itself (a few tens of microseconds per region; the JIT keeps a pool instead). A
 * region inside a chunk runs sequentially. A thread that cannot be started leaves its chunk to the
 * caller. Every iteration runs exactly once, so results do not depend on the thread count.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

typedef void (*mlc_body_fn)(void *ctx, int64_t lo, int64_t hi);

static int mlc_num_threads = 0;
static __thread int mlc_inside = 0;

void mlc_set_num_threads(int n) { mlc_num_threads = n; }

static int mlc_threads(void) {
  if (mlc_num_threads > 0) return mlc_num_threads;
  const char *env = getenv("MLC_NUM_THREADS");
  if (env != NULL && atoi(env) > 0) return atoi(env);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int) n : 1;
}

struct mlc_chunk {
  mlc_body_fn fn;
  void *ctx;
  int64_t lo, hi;
};

static void *mlc_run_chunk(void *p) {
  struct mlc_chunk *c = (struct mlc_chunk *) p;
  mlc_inside = 1;
  c->fn(c->ctx, c->lo, c->hi);
  return NULL;
}

void mlc_parallel_for(mlc_body_fn fn, void *ctx, int64_t lo, int64_t hi, int64_t grain) {
  if (hi <= lo) return;
  if (grain < 1) grain = 1;
  int64_t total = hi - lo;
  int64_t chunks = (total + grain - 1) / grain;
  int threads = mlc_threads();
  if (chunks > threads) chunks = threads;
  if (mlc_inside || chunks < 2) {
    fn(ctx, lo, hi);
    return;
  }
  int64_t per = (total + chunks - 1) / chunks;
  pthread_t tids[chunks];
  struct mlc_chunk work[chunks];
  int started[chunks];
  for (int64_t c = 1; c < chunks; c++) {
    int64_t a = lo + c * per, b = a + per < hi ? a + per : hi;
    work[c] = (struct mlc_chunk) {fn, ctx, a, b};
    started[c] = a < b && pthread_create(&tids[c], NULL, mlc_run_chunk, &work[c]) == 0;
  }
  mlc_inside = 1;
  fn(ctx, lo, lo + per < hi ? lo + per : hi);
  for (int64_t c = 1; c < chunks; c++)
    if (!started[c] && work[c].lo < work[c].hi) fn(ctx, work[c].lo, work[c].hi);
  mlc_inside = 0;
  for (int64_t c = 1; c < chunks; c++)
    if (started[c]) pthread_join(tids[c], NULL);
}

/*
 * The buffer pool: mlc_buffer_acquire and mlc_buffer_release, which the big buffers that
 * memory-plan marks (tl.alloc {tl.pooled}) lower to. Up to MLC_POOL_SLOTS released blocks are kept,
 * by size, for the next call that needs as many bytes, so a function called again reuses its memory
 * instead of touching fresh pages. Blocks are 64-byte aligned aligned_alloc memory.
 */
#define MLC_POOL_SLOTS 16
static pthread_mutex_t mlc_pool_lock = PTHREAD_MUTEX_INITIALIZER;
static void *mlc_pool_ptr[MLC_POOL_SLOTS];
static int64_t mlc_pool_bytes[MLC_POOL_SLOTS];

void *mlc_buffer_acquire(int64_t bytes) {
  pthread_mutex_lock(&mlc_pool_lock);
  for (int i = 0; i < MLC_POOL_SLOTS; i++) {
    if (mlc_pool_ptr[i] != NULL && mlc_pool_bytes[i] == bytes) {
      void *p = mlc_pool_ptr[i];
      mlc_pool_ptr[i] = NULL;
      pthread_mutex_unlock(&mlc_pool_lock);
      return p;
    }
  }
  pthread_mutex_unlock(&mlc_pool_lock);
  int64_t rounded = ((bytes > 0 ? bytes : 1) + 63) / 64 * 64;
  return aligned_alloc(64, (size_t) rounded);
}

void mlc_buffer_release(void *p, int64_t bytes) {
  if (p == NULL) return;
  pthread_mutex_lock(&mlc_pool_lock);
  for (int i = 0; i < MLC_POOL_SLOTS; i++) {
    if (mlc_pool_ptr[i] == NULL) {
      mlc_pool_ptr[i] = p;
      mlc_pool_bytes[i] = bytes;
      pthread_mutex_unlock(&mlc_pool_lock);
      return;
    }
  }
  pthread_mutex_unlock(&mlc_pool_lock);
  free(p);
}
