#include "server/metrics.h"

#include <cstdio>

namespace rungs::server {

void Metrics::request(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  std::size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  ++latency_[bucket];
  latency_sum_ += seconds;
  ++latency_count_;
}

void Metrics::assessment() {
  std::lock_guard lock(mutex_);
  ++assessments_;
}

void Metrics::ingest_error(const std::string& kind) {
  std::lock_guard lock(mutex_);
  ++ingest_errors_[kind];
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  char buf[64];
  out += "# HELP rungs_http_requests_total HTTP requests answered, by route and status.\n"
         "# TYPE rungs_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    out += "rungs_http_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} " +
           std::to_string(n) + "\n";
  }
  out += "# HELP rungs_http_request_duration_seconds Time from the request read to the answer.\n"
         "# TYPE rungs_http_request_duration_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i <= kBuckets.size(); ++i) {
    cumulative += latency_[i];
    if (i < kBuckets.size()) {
      std::snprintf(buf, sizeof buf, "%g", kBuckets[i]);
    } else {
      std::snprintf(buf, sizeof buf, "+Inf");
    }
    out += "rungs_http_request_duration_seconds_bucket{le=\"" + std::string(buf) + "\"} " + std::to_string(cumulative) + "\n";
  }
  std::snprintf(buf, sizeof buf, "%.6f", latency_sum_);
  out += "rungs_http_request_duration_seconds_sum " + std::string(buf) + "\n";
  out += "rungs_http_request_duration_seconds_count " + std::to_string(latency_count_) + "\n";
  out += "# HELP rungs_assessments_total Assessments made.\n# TYPE rungs_assessments_total counter\n";
  out += "rungs_assessments_total " + std::to_string(assessments_) + "\n";
  out += "# HELP rungs_ingest_errors_total Documents refused, by kind.\n# TYPE rungs_ingest_errors_total counter\n";
  for (const auto& [kind, n] : ingest_errors_) {
    out += "rungs_ingest_errors_total{kind=\"" + kind + "\"} " + std::to_string(n) + "\n";
  }
  return out;
}

std::string route_of(const std::string& path) {
  if (path.starts_with("/v1/people/")) {
    return path.ends_with("/history") ? "/v1/people/{id}/history" : "/v1/people/{id}";
  }
  if (path.starts_with("/people/")) return "/people/{id}";
  for (const char* known : {"/v1/assess", "/v1/match", "/v1/skills", "/v1/profile", "/v1/ladder", "/v1/roles",
                            "/v1/path", "/v1/people", "/openapi.json", "/healthz", "/metrics", "/", "/ladder", "/path", "/login",
                            "/report"}) {
    if (path == known) return path;
  }
  return "other";
}

}  // namespace rungs::server
