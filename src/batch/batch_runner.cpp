// The batch's engine: N threads take documents in order, assess them with the one shared
// Assessor, and hand them back in input order through a bounded window.
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "rungs/batch.h"
#include "rungs/ingest.h"

namespace rungs {
namespace {

BatchItem assess_one(const Assessor& assessor, const std::filesystem::path& file, std::size_t index,
                     const BatchOptions& options, YearMonth today) {
  BatchItem item;
  item.index = index;
  item.file = file.string();
  Result<Profile> profile = read_profile(file);
  if (!profile) {
    item.error = profile.error();
    return item;
  }
  Result<Report> report = assessor.assess(*profile, {options.target, today, options.job});
  if (!report) {
    item.error = report.error();
    return item;
  }
  item.report = std::move(*report);
  return item;
}

}  // namespace

BatchCounts run_batch(const Assessor& assessor, const std::vector<std::filesystem::path>& files,
                      const BatchOptions& options, const std::function<void(const BatchItem&)>& emit,
                      const std::function<void(std::size_t, std::size_t)>& progress, const std::atomic<bool>& stop) {
  const std::size_t threads = static_cast<std::size_t>(
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency()));
  const std::size_t window = std::max<std::size_t>(options.window, threads);
  const YearMonth today = current_month();

  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_to_take = 0;  // the next document a worker takes
  std::size_t next_to_emit = 0;  // the next document handed to `emit`
  std::map<std::size_t, BatchItem> done;  // finished, waiting for the ones before them
  BatchCounts counts;
  bool emitting = false;

  auto worker = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        // Never more than `window` documents ahead of the one answered next: memory stays flat.
        changed.wait(lock, [&] { return next_to_take >= files.size() || stop || next_to_take < next_to_emit + window; });
        if (next_to_take >= files.size() || stop) return;
        index = next_to_take++;
      }
      BatchItem item = assess_one(assessor, files[index], index, options, today);
      std::unique_lock lock(mutex);
      (item.report ? counts.assessed : counts.failed) += 1;
      done.emplace(index, std::move(item));
      progress(counts.assessed + counts.failed, counts.failed);
      // One thread emits at a time, in order, outside the lock for the writing itself.
      if (emitting) continue;
      emitting = true;
      while (!done.empty() && done.begin()->first == next_to_emit) {
        BatchItem ready = std::move(done.begin()->second);
        done.erase(done.begin());
        lock.unlock();
        emit(ready);
        lock.lock();
        ++next_to_emit;
        changed.notify_all();
      }
      emitting = false;
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::thread& t : pool) t.join();
  // What finished after the last emitter looked (or before a stop) still goes out in order.
  while (!done.empty() && done.begin()->first == next_to_emit) {
    emit(done.begin()->second);
    done.erase(done.begin());
    ++next_to_emit;
  }
  counts.stopped = next_to_emit < files.size();
  return counts;
}

}  // namespace rungs
