#include <gtest/gtest.h>

#include "rungs/taxonomy.h"
#include "test_paths.h"

namespace rungs {
namespace {

std::vector<std::string> problems(const Result<Taxonomy>& r) {
  std::vector<std::string> out;
  if (!r) {
    for (const Diagnostic& d : r.error().details) out.push_back(d.to_string());
  }
  return out;
}

TEST(TaxonomyLoader, LoadsTheBundledTaxonomy) {
  auto t = load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
  ASSERT_TRUE(t) << t.error().to_string();
  EXPECT_GE(t->skills().size(), 600u);
  const Skill* java = t->find("java");
  ASSERT_NE(java, nullptr);
  EXPECT_EQ(java->name, "Java");
  EXPECT_EQ(java->category, "language");
  EXPECT_EQ(java->onet, "Oracle Java");
  ASSERT_NE(t->find("kubernetes"), nullptr);
  EXPECT_NE(std::find(t->find("kubernetes")->aliases.begin(), t->find("kubernetes")->aliases.end(),
                      "K8s"),
            t->find("kubernetes")->aliases.end());
  EXPECT_EQ(t->find("no-such-skill"), nullptr);
  for (const Skill& s : t->skills()) {
    EXPECT_NE(t->category(s.category), nullptr) << s.id;
  }
}

TEST(TaxonomyLoader, ListsEveryProblem) {
  const char* text = R"(schema: rungs.taxonomy/1
categories:
  - {id: language, name: Languages}
  - {id: language, name: Again}
skills:
  - {id: java, name: Java, category: language, aliases: [Core Java]}
  - {id: java, name: Java 2, category: language}
  - {id: kotlin, name: Kotlin, category: langauge}
  - {id: groovy, name: Groovy, category: language, aliases: [CORE  java]}
  - {id: scala, category: language, colour: red}
)";
  auto r = parse_taxonomy(text, "t.yaml");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "t.yaml: invalid taxonomy (6 problems)");
  EXPECT_EQ(problems(r), (std::vector<std::string>{
                             "t.yaml:4: categories[language].id: repeated category id 'language'",
                             "t.yaml:7: skills[java].id: repeated skill id 'java'",
                             "t.yaml:8: skills[kotlin].category: unknown category 'langauge' (did you mean 'language'?)",
                             "t.yaml:9: skills[groovy].aliases[0]: 'CORE  java' is already a name of skill 'java'",
                             "t.yaml:10: skills[scala].colour: unknown field",
                             "t.yaml:10: skills[scala].name: required field is missing",
                         }));
}

TEST(TaxonomyLoader, BundledTaxonomyKnowsTheNamesPeopleWrite) {
  auto t = load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
  ASSERT_TRUE(t) << t.error().to_string();
  auto has_alias = [&](const char* id, const char* alias) {
    const Skill* s = t->find(id);
    return s != nullptr && std::find(s->aliases.begin(), s->aliases.end(), alias) != s->aliases.end();
  };
  EXPECT_TRUE(has_alias("kubernetes", "K8s"));
  EXPECT_TRUE(has_alias("spring-boot", "Spring-Boot"));
  EXPECT_TRUE(has_alias("postgresql", "psql"));
  EXPECT_TRUE(has_alias("go", "Golang"));
  EXPECT_TRUE(has_alias("nodejs", "NodeJS"));
  EXPECT_TRUE(has_alias("aws-ec2", "EC2"));
  EXPECT_TRUE(has_alias("ci-cd", "CI-CD"));
  EXPECT_TRUE(has_alias("rest-api-design", "RESTful"));
  // The practices and leadership skills the ladder's checkpoints need are skills of their own.
  for (const char* id : {"code-review", "unit-testing", "integration-testing", "documentation",
                         "incident-response", "on-call", "postmortems", "system-design",
                         "api-design-practice", "mentoring", "estimation", "stakeholder-management"}) {
    EXPECT_NE(t->find(id), nullptr) << id;
  }
  // Ambiguous names are data: each is one of its skill's own names.
  for (const char* id : {"go", "r-language", "c", "spring-framework", "rust", "swift", "express",
                         "flask", "ant", "chef", "puppet", "make"}) {
    const Skill* s = t->find(id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_FALSE(s->ambiguous.empty()) << id;
  }
  EXPECT_TRUE(t->find("cpp")->ambiguous.empty());
}

TEST(TaxonomyLoader, NamesDifferingInPunctuationAreDifferentSkills) {
  const char* text = R"(schema: rungs.taxonomy/1
categories:
  - {id: language, name: Languages}
skills:
  - {id: c, name: C, category: language, ambiguous: [C]}
  - {id: cpp, name: C++, category: language}
  - {id: csharp, name: "C#", category: language}
  - {id: go, name: Go, category: language, ambiguous: [Golang, go]}
)";
  auto r = parse_taxonomy(text, "t.yaml");
  ASSERT_FALSE(r);
  EXPECT_EQ(problems(r), (std::vector<std::string>{
                             "t.yaml:8: skills[go].ambiguous[0]: 'Golang' is not the name or an alias of skill 'go'",
                         }));
}

TEST(TaxonomyLoader, RefusesEmptyAndWrongSchema) {
  EXPECT_EQ(problems(parse_taxonomy("", "t.yaml")),
            std::vector<std::string>{"t.yaml: the file is empty"});
  auto r = parse_taxonomy("schema: other/2\ncategories: []\nskills: []\n", "t.yaml");
  ASSERT_FALSE(r);
  EXPECT_EQ(problems(r)[0], "t.yaml:1: schema: unsupported schema 'other/2', expected 'rungs.taxonomy/1'");
}

TEST(TaxonomyLoader, MissingFileIsInvalidInput) {
  auto r = load_taxonomy("/nonexistent/taxonomy.yaml");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(r.error().message, "/nonexistent/taxonomy.yaml: no such file");
}

}  // namespace
}  // namespace rungs
