#include "resume_corpus.h"

#include <array>
#include <random>
#include <string_view>

namespace rungs::bench {
namespace {

constexpr std::array<std::string_view, 12> kBullets = {
    "Built {} services handling {}K requests per second with {} and {}.",
    "Led the migration of the billing platform from {} to {}, cutting p99 latency by {}%.",
    "Designed event pipelines on {} and {}; mentored {} engineers on code review.",
    "Owned on-call for the payments team and wrote postmortems; automated {} runbooks with {}.",
    "Worked on {} and {} for a banking client; was the go-to person for R&D on {}.",
    "Reduced cloud cost by {}% by moving batch jobs to {} and tuning {}.",
    "Wrote integration tests with {} and raised coverage from {}% to 85% across {} modules.",
    "Responsible for maintaining {} dashboards and alerts in {} for {} microservices.",
    "Improved search relevance using {} and {}; shipped {} releases in a quarter.",
    "Collaborated with product and QA to deliver {} features on {} within {} sprints.",
    "Implemented JavaScripts widgets and {} integrations; reviewed {} pull requests a week.",
    "Set up CI/CD with {} and {} so that every merge deploys to {} in {} minutes.",
};

constexpr std::array<std::string_view, 6> kCompanies = {
    "Infosys", "Tata Consultancy Services", "Flipkart", "Razorpay", "Zoho", "Freshworks"};

}  // namespace

std::string resume_corpus(const std::vector<std::string>& names, std::size_t bytes) {
  std::mt19937 random(20261130);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  auto name = [&]() -> const std::string& { return names[pick(names.size())]; };
  std::string out;
  out.reserve(bytes + 512);
  int line = 0;
  while (out.size() < bytes) {
    switch (line++ % 10) {
      case 0:
        out += "Senior Software Engineer – ";
        out += kCompanies[pick(kCompanies.size())];
        out += ", Bengaluru (Jan 2019 – Present)\n";
        break;
      case 5:
        out += "Skills: " + name() + ", " + name() + ", " + name() + ", " + name() + "\n";
        break;
      case 9:
        out += "Backend engineer with " + std::to_string(2 + pick(12)) +
               " years of experience building reliable systems in " + name() + ".\n";
        break;
      default: {
        std::string_view pattern = kBullets[pick(kBullets.size())];
        std::string text = pick(3) == 0 ? "• " : "- ";
        for (std::size_t i = 0; i < pattern.size(); ++i) {
          if (pattern.compare(i, 2, "{}") == 0) {
            text += pick(3) == 0 ? std::to_string(2 + pick(90)) : name();
            ++i;
          } else {
            text += pattern[i];
          }
        }
        out += text + "\n";
      }
    }
  }
  return out;
}

}  // namespace rungs::bench
