// Time to ingest one document of each format, from bytes in memory to a Profile: the public
// fixtures and the documents the tests build (DOCX, LinkedIn zip, two-column PDF).
// Run: make bench (prints the median of 5 repetitions for each document).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "rungs/ingest.h"
#include "support/documents.h"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::filesystem::path source(const char* relative) { return std::filesystem::path(RUNGS_SOURCE_DIR) / relative; }

void ingest(benchmark::State& state, const std::string& bytes, const char* name) {
  if (bytes.empty()) {
    state.SkipWithError("missing input");
    return;
  }
  for (auto _ : state) {
    auto profile = rungs::read_profile_bytes(bytes, name);
    if (!profile) state.SkipWithError(profile.error().message.c_str());
    benchmark::DoNotOptimize(profile);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}

std::string docx_sample() {
  using namespace rungs::testing;
  std::string body = docx_heading("Karthik Menon", 1) + docx_paragraph("Senior Java Developer") +
                     docx_heading("Experience", 2);
  for (int i = 0; i < 4; ++i) {
    body += docx_table({{"Java Developer", "Company " + std::to_string(i), "Aug 201" + std::to_string(i) + " - Jul 201" + std::to_string(i + 1)}});
    for (int b = 0; b < 5; ++b) body += docx_list_item("Built and ran Spring Boot services on AWS with Kafka and PostgreSQL.");
  }
  body += docx_heading("Skills", 2) + docx_table({{"Languages", "Java, Kotlin, SQL"}, {"Cloud", "AWS, EKS, Terraform"}});
  return make_docx(body);
}

std::string linkedin_sample() {
  std::string positions = "Company Name,Title,Description,Location,Started On,Finished On\r\n";
  for (int i = 0; i < 5; ++i) {
    positions += "Company " + std::to_string(i) + ",SDE,\"- Built Go services.\n- Ran Kafka.\",Pune,Mar 201" +
                 std::to_string(i) + ",Feb 201" + std::to_string(i + 1) + "\r\n";
  }
  return rungs::testing::make_zip({{"Profile.csv", "First Name,Last Name,Headline\r\nAsha,Rao,SDE\r\n"},
                                   {"Positions.csv", positions},
                                   {"Skills.csv", "Name\r\nGo\r\nKafka\r\nKubernetes\r\n"},
                                   {"Connections.csv", "First Name\r\nSomeone\r\n"}});
}

std::string two_column_pdf() {
  std::vector<std::string> left, right;
  for (int i = 0; i < 30; ++i) left.push_back("Skill line " + std::to_string(i) + ": Java, Go, Kafka");
  right.push_back("EXPERIENCE");
  for (int i = 0; i < 30; ++i) right.push_back("- Built the payments service number " + std::to_string(i));
  return rungs::testing::make_pdf({rungs::testing::two_column_page(left, right)});
}

const std::filesystem::path kFixtures = source("tests/data/fixtures/public");

}  // namespace

#define INGEST_BENCH(label, bytes_expr, name)                                          \
  static void BM_Ingest_##label(benchmark::State& state) {                             \
    static const std::string bytes = bytes_expr;                                       \
    ingest(state, bytes, name);                                                        \
  }                                                                                    \
  BENCHMARK(BM_Ingest_##label)->Repetitions(5)->ReportAggregatesOnly(true)->Unit(benchmark::kMicrosecond)

INGEST_BENCH(JsonResume_sample, read_file(kFixtures / "jsonresume_sample.resume.json"), "sample.json");
INGEST_BENCH(ResumeMatcherJson_master, read_file(kFixtures / "rm_master.json"), "master.json");
INGEST_BENCH(Text_markdown_priya, read_file(source("tests/data/resumes/priya-senior.md")), "priya.md");
INGEST_BENCH(Text_plain_rahul, read_file(source("tests/data/resumes/rahul-service.txt")), "rahul.txt");
INGEST_BENCH(Pdf_moderncv_bruce_wayne, read_file(kFixtures / "rm_bruce_wayne_fullstack.pdf"), "bruce.pdf");
INGEST_BENCH(Pdf_java_developer_jd, read_file(kFixtures / "rm_job_desc_java_developer.pdf"), "jd.pdf");
INGEST_BENCH(Pdf_two_column_built, two_column_pdf(), "two.pdf");
INGEST_BENCH(Docx_built, docx_sample(), "cv.docx");
INGEST_BENCH(LinkedIn_zip_built, linkedin_sample(), "export.zip");

BENCHMARK_MAIN();
