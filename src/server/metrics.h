// The server's metrics in Prometheus' text format (GET /metrics): requests by route and status,
// a latency histogram, assessments made, and documents refused by kind of error.
#ifndef RUNGS_SERVER_METRICS_H_
#define RUNGS_SERVER_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace rungs::server {

class Metrics {
 public:
  // One request answered: its route pattern ("/v1/people/{id}"), status and time taken.
  void request(const std::string& route, int status, double seconds);
  void assessment();
  // A document refused: "invalid", "unsupported", "too-large", ...
  void ingest_error(const std::string& kind);

  // Every metric, as GET /metrics serves them.
  std::string render() const;

  // Latency bucket bounds in seconds (a last, infinite one is implied).
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5};

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::uint64_t, kBuckets.size() + 1> latency_{};
  double latency_sum_ = 0;
  std::uint64_t latency_count_ = 0;
  std::uint64_t assessments_ = 0;
  std::map<std::string, std::uint64_t> ingest_errors_;
};

// The route pattern of a path, so metrics do not grow a series per person id.
std::string route_of(const std::string& path);

}  // namespace rungs::server

#endif  // RUNGS_SERVER_METRICS_H_
