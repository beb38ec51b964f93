// Writes N varied synthetic resumes for the batch benchmarks and scale tests, the same every
// time for the same seed: stacks (Java, Go, Python, Node.js, .NET, PHP, Kotlin), levels (junior to
// architect, with the years and the wording of each), one to four positions, and five formats
// (text, Markdown, JSON Resume, DOCX, PDF). With --hostile K it adds K files that must be refused:
// empty, junk bytes, truncated PDFs and zips, zip bombs, JSON nested too deep.
// Usage: corpus_generator OUT_DIR N [--seed S] [--formats text,md,json,docx,pdf] [--hostile K]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "support/documents.h"

namespace {

struct Stack {
  const char* language;
  const char* framework;
  const char* database;
  const char* extra;
};
const std::vector<Stack> kStacks = {{"Java", "Spring Boot", "PostgreSQL", "Kafka"},   {"Go", "gRPC", "MySQL", "Redis"},
                                    {"Python", "Django", "PostgreSQL", "Celery"},       {"Node.js", "NestJS", "MongoDB", "RabbitMQ"},
                                    {"C#", "ASP.NET Core", "SQL Server", "Azure Service Bus"}, {"PHP", "Laravel", "MySQL", "Redis"},
                                    {"Kotlin", "Ktor", "PostgreSQL", "Kafka"}};
struct Level {
  const char* title;
  int years;
  std::vector<const char*> bullets;  // {L} language, {F} framework, {D} database, {X} extra, {N} a number
};
const std::vector<Level> kLevels = {
    {"Associate Software Engineer", 1, {"Fixed defects in the {F} services under guidance of a senior developer.",
                                        "Developed REST APIs in {L} as per the design given by the lead.",
                                        "Wrote unit tests for the service layer; {N} test cases."}},
    {"Software Engineer", 3, {"Built REST APIs in {L} and {F} used by {N} partner apps.",
                              "Designed the {D} schema for orders; cut query time from 800 ms to {N} ms.",
                              "Added {X} consumers for payment events; on-call for the service."}},
    {"Senior Software Engineer", 7, {"Designed the ledger service in {L} and {F}; {N}k transactions a day.",
                                     "Mentored 3 engineers and reviewed pull requests for the team.",
                                     "Led the migration from a monolith to {F} services on Kubernetes; zero downtime.",
                                     "Wrote the design document and ran the postmortem for a {D} outage."}},
    {"Technical Lead", 10, {"Lead a team of {N} engineers: sprint planning, estimates and code reviews.",
                            "Owned the architecture of the {F} platform; wrote ADRs for every service.",
                            "Interviewed and hired 6 engineers; ran one-on-ones."}},
    {"Solutions Architect", 14, {"Designed the AWS landing zone and the migration of {N} services from the data centre.",
                                 "Chaired architecture reviews and tech stack decisions across 5 teams.",
                                 "Cut cloud cost by {N}% with reserved capacity and rightsizing."}}};
const std::vector<const char*> kFirst = {"Asha", "Ravi", "Priya", "Arjun", "Meera", "Kiran", "Farhan", "Deepa", "Sanjay", "Lata", "Vikram", "Neha"};
const std::vector<const char*> kLast = {"Rao", "Sharma", "Iyer", "Das", "Khan", "Menon", "Patel", "Reddy", "Nair", "Gupta", "Singh", "Bose"};
const std::vector<const char*> kCompanies = {"Infosys", "TCS", "Flipkart", "Razorpay", "Swiggy", "Wipro", "Freshworks", "Zoho", "PhonePe", "Cognizant"};

std::string fill(std::string text, const Stack& s, std::mt19937& rng) {
  auto replace = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  };
  replace("{L}", s.language);
  replace("{F}", s.framework);
  replace("{D}", s.database);
  replace("{X}", s.extra);
  replace("{N}", std::to_string(5 + rng() % 400));
  return text;
}

struct Resume {
  std::string name, title, summary;
  struct Job {
    std::string title, company;
    int from, to;  // years; to 0 = present
    std::vector<std::string> bullets;
  };
  std::vector<Job> jobs;
  std::vector<std::string> skills;
};

Resume make_resume(std::mt19937& rng) {
  Resume r;
  const Stack& s = kStacks[rng() % kStacks.size()];
  const std::size_t level = rng() % kLevels.size();
  r.name = std::string(kFirst[rng() % kFirst.size()]) + " " + kLast[rng() % kLast.size()];
  r.title = kLevels[level].title;
  r.summary = "Backend engineer working with " + std::string(s.language) + ", " + s.framework + " and " + s.database + ".";
  int year = 2026;
  for (std::size_t l = level + 1; l-- > 0 && r.jobs.size() < 4;) {
    const int span = l == 0 ? 1 + static_cast<int>(rng() % 2) : kLevels[l].years - (l > 0 ? kLevels[l - 1].years : 0);
    Resume::Job job{kLevels[l].title, kCompanies[rng() % kCompanies.size()], year - std::max(1, span), year == 2026 ? 0 : year, {}};
    for (const char* b : kLevels[l].bullets) job.bullets.push_back(fill(b, s, rng));
    year = job.from;
    r.jobs.push_back(std::move(job));
  }
  r.skills = {s.language, s.framework, s.database, s.extra, "Docker", "Git"};
  return r;
}

std::string dates(const Resume::Job& j) { return "Jan " + std::to_string(j.from) + " - " + (j.to ? "Dec " + std::to_string(j.to - 1) : "Present"); }

std::string as_text(const Resume& r, bool markdown) {
  std::ostringstream o;
  o << (markdown ? "# " : "") << r.name << "\n" << r.title << " | Bengaluru\n" << "asha@example.in\n\n";
  o << (markdown ? "## Summary\n" : "SUMMARY\n") << r.summary << "\n\n" << (markdown ? "## Experience\n" : "EXPERIENCE\n");
  for (const auto& j : r.jobs) {
    o << (markdown ? "### " : "") << j.title << " - " << j.company << " (" << dates(j) << ")\n";
    for (const auto& b : j.bullets) o << (markdown ? "- " : "* ") << b << "\n";
    o << "\n";
  }
  o << (markdown ? "## Skills\n" : "SKILLS\n");
  for (std::size_t i = 0; i < r.skills.size(); ++i) o << (i ? ", " : "") << r.skills[i];
  o << "\n";
  return o.str();
}

std::string quote(const std::string& s) { return "\"" + s + "\""; }

std::string as_json(const Resume& r) {
  std::ostringstream o;
  o << "{\"basics\": {\"name\": " << quote(r.name) << ", \"label\": " << quote(r.title) << ", \"summary\": " << quote(r.summary) << "},\n \"work\": [";
  for (std::size_t i = 0; i < r.jobs.size(); ++i) {
    const auto& j = r.jobs[i];
    o << (i ? ",\n  " : "\n  ") << "{\"name\": " << quote(j.company) << ", \"position\": " << quote(j.title) << ", \"startDate\": \"" << j.from << "-01\"";
    if (j.to) o << ", \"endDate\": \"" << j.to - 1 << "-12\"";
    o << ", \"highlights\": [";
    for (std::size_t b = 0; b < j.bullets.size(); ++b) o << (b ? ", " : "") << quote(j.bullets[b]);
    o << "]}";
  }
  o << "],\n \"skills\": [{\"name\": \"Backend\", \"keywords\": [";
  for (std::size_t i = 0; i < r.skills.size(); ++i) o << (i ? ", " : "") << quote(r.skills[i]);
  o << "]}]}\n";
  return o.str();
}

std::string as_docx(const Resume& r) {
  using namespace rungs::testing;
  std::string body = docx_heading(r.name, 1) + docx_paragraph(r.title) + docx_heading("Experience", 2);
  for (const auto& j : r.jobs) {
    body += docx_paragraph(j.title + " - " + j.company + " (" + dates(j) + ")");
    for (const auto& b : j.bullets) body += docx_list_item(b);
  }
  std::string skills;
  for (const auto& s : r.skills) skills += (skills.empty() ? "" : ", ") + s;
  return make_docx(body + docx_heading("Skills", 2) + docx_paragraph(skills));
}

std::string as_pdf(const Resume& r) {
  std::vector<std::string> lines;
  std::istringstream text(as_text(r, false));
  for (std::string line; std::getline(text, line);) {
    for (char& c : line) c = static_cast<unsigned char>(c) < 0x80 ? c : '-';  // the test PDFs are ASCII
    lines.push_back(line);
  }
  return rungs::testing::make_pdf({rungs::testing::one_column_page(lines)});
}

std::vector<std::pair<std::string, std::string>> hostile(int k, std::mt19937& rng) {
  std::vector<std::pair<std::string, std::string>> out;
  for (int i = 0; i < k; ++i) {
    std::string bytes;
    std::string ext;
    switch (i % 6) {
      case 0: ext = "txt"; break;  // empty
      case 1: ext = "bin"; for (int b = 0; b < 4096; ++b) bytes += static_cast<char>(rng() % 256); break;
      case 2: ext = "pdf"; bytes = rungs::testing::make_pdf({rungs::testing::one_column_page({"Asha Rao"})}); bytes.resize(bytes.size() / 3); break;
      case 3: ext = "docx"; bytes = rungs::testing::make_docx(rungs::testing::docx_paragraph("Asha")); bytes.resize(bytes.size() / 2); break;
      case 4: ext = "zip"; bytes = rungs::testing::make_zip({{"word/document.xml", std::string(60u << 20, ' ')}}); break;  // a bomb
      default: ext = "json"; bytes = "{\"basics\": " + std::string(5000, '[') + std::string(5000, ']') + "}"; break;
    }
    out.emplace_back("hostile-" + std::to_string(i) + "." + ext, std::move(bytes));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: corpus_generator OUT_DIR N [--seed S] [--formats text,md,json,docx,pdf] [--hostile K]\n");
    return 2;
  }
  const std::filesystem::path out = argv[1];
  const int n = std::atoi(argv[2]);
  unsigned seed = 1;
  std::string formats = "text,md,json";
  int hostile_count = 0;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--seed") seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
    if (flag == "--formats") formats = argv[i + 1];
    if (flag == "--hostile") hostile_count = std::atoi(argv[i + 1]);
  }
  std::vector<std::string> kinds;
  for (std::size_t a = 0; a <= formats.size();) {
    std::size_t b = formats.find(',', a);
    if (b == std::string::npos) b = formats.size();
    kinds.push_back(formats.substr(a, b - a));
    a = b + 1;
  }
  std::filesystem::create_directories(out);
  std::mt19937 rng(seed);
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(out / name, std::ios::binary) << bytes;
  };
  for (int i = 0; i < n; ++i) {
    Resume r = make_resume(rng);
    const std::string& kind = kinds[static_cast<std::size_t>(i) % kinds.size()];
    char stem[32];
    std::snprintf(stem, sizeof stem, "resume-%06d", i);
    if (kind == "text") write(std::string(stem) + ".txt", as_text(r, false));
    if (kind == "md") write(std::string(stem) + ".md", as_text(r, true));
    if (kind == "json") write(std::string(stem) + ".json", as_json(r));
    if (kind == "docx") write(std::string(stem) + ".docx", as_docx(r));
    if (kind == "pdf") write(std::string(stem) + ".pdf", as_pdf(r));
  }
  for (const auto& [name, bytes] : hostile(hostile_count, rng)) write(name, bytes);
  std::printf("corpus_generator: %d resumes (%s) and %d hostile files in %s\n", n, formats.c_str(), hostile_count, out.c_str());
  return 0;
}
