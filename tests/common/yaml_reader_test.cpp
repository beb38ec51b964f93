#include "common/yaml_reader.h"

#include <gtest/gtest.h>

namespace rungs {
namespace {

std::vector<std::string> messages(const YamlReader& in) {
  std::vector<std::string> out;
  for (const Diagnostic& d : in.diagnostics()) out.push_back(d.to_string());
  return out;
}

TEST(YamlReader, ReportsSyntaxErrorsWithLine) {
  YamlReader in("f.yaml");
  in.parse("a: 1\nb: [1, 2\n");
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.diagnostics()[0].file, "f.yaml");
  EXPECT_GT(in.diagnostics()[0].line, 0);
  EXPECT_NE(in.diagnostics()[0].message.find("YAML syntax error"), std::string::npos);
}

TEST(YamlReader, ReadsTypedFieldsAndReportsEachProblem) {
  YamlReader in("f.yaml");
  YAML::Node root = in.parse("name: x\ncount: many\nflag: maybe\nlist: 3\n");
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in.string(root, "name", "", Need::kRequired), "x");
  EXPECT_EQ(in.integer(root, "count", "", Need::kRequired, 0), std::nullopt);
  EXPECT_EQ(in.boolean(root, "flag", "", Need::kRequired), std::nullopt);
  EXPECT_TRUE(in.strings(root, "list", "", Need::kRequired).empty());
  EXPECT_EQ(in.string(root, "absent", "", Need::kOptional), std::nullopt);
  EXPECT_EQ(in.string(root, "title", "", Need::kRequired), std::nullopt);
  EXPECT_EQ(messages(in), (std::vector<std::string>{
                              "f.yaml:2: count: expected a whole number, found 'many'",
                              "f.yaml:3: flag: expected true or false",
                              "f.yaml:4: list: expected a list, found a single value",
                              "f.yaml:1: title: required field is missing",
                          }));
}

TEST(YamlReader, RejectsNumbersBelowTheMinimum) {
  YamlReader in("f.yaml");
  YAML::Node root = in.parse("months: -3\n");
  EXPECT_EQ(in.integer(root, "months", "t", Need::kRequired, 1), std::nullopt);
  EXPECT_EQ(messages(in), std::vector<std::string>{"f.yaml:1: t.months: must be at least 1, found -3"});
}

TEST(YamlReader, FlagsUnknownAndRepeatedKeys) {
  YamlReader in("f.yaml");
  YAML::Node root = in.parse("id: a\ntitel: b\nid: c\n");
  EXPECT_TRUE(in.expect_map(root, "roles[a]", {"id", "title"}));
  EXPECT_EQ(messages(in), (std::vector<std::string>{
                              "f.yaml:2: roles[a].titel: unknown field (did you mean 'title'?)",
                              "f.yaml:3: roles[a].id: repeated key",
                          }));
}

TEST(YamlReader, ChecksReferencesWithSuggestions) {
  YamlReader in("f.yaml");
  YAML::Node root = in.parse("skills: [java, kubernets, java]\n");
  IdSet known{"java", "kubernetes"};
  EXPECT_EQ(in.refs(root, "skills", "r", Need::kRequired, known, "skill"),
            std::vector<std::string>{"java"});
  EXPECT_EQ(messages(in),
            (std::vector<std::string>{
                "f.yaml:1: r.skills[1]: unknown skill 'kubernets' (did you mean 'kubernetes'?)",
                "f.yaml:1: r.skills[2]: skill 'java' is listed twice",
            }));
}

TEST(YamlReader, ForEachMapLabelsEntriesById) {
  YamlReader in("f.yaml");
  YAML::Node root = in.parse("roles:\n  - id: a\n  - 7\n  - {name: b}\n");
  std::vector<std::string> fields;
  in.for_each_map(root, "roles", "", Need::kRequired, {"id", "name"},
                  [&](const YAML::Node&, const std::string& field) { fields.push_back(field); });
  EXPECT_EQ(fields, (std::vector<std::string>{"roles[a]", "roles[2]"}));
  EXPECT_EQ(messages(in), std::vector<std::string>{
                              "f.yaml:3: roles[1]: expected a mapping (key: value), found a single value"});
}

TEST(YamlReader, FailureSummarisesEveryProblem) {
  YamlReader in("f.yaml");
  in.error_at(3, "a", "one");
  in.error_at(4, "b", "two");
  Error e = in.failure("ladder");
  EXPECT_EQ(e.kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(e.message, "f.yaml: invalid ladder (2 problems)");
  EXPECT_EQ(e.details.size(), 2u);
}

}  // namespace
}  // namespace rungs
