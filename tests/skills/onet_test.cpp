#include "rungs/onet.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace rungs {
namespace {

Taxonomy curated() {
  auto t = parse_taxonomy(R"(schema: rungs.taxonomy/1
categories:
  - {id: language, name: Languages}
  - {id: tool, name: Tools}
  - {id: other, name: Other}
skills:
  - {id: java, name: Java, category: language, onet: Oracle Java}
  - {id: git, name: Git, category: tool, aliases: [GitHub]}
)", "t.yaml");
  EXPECT_TRUE(t) << t.error().to_string();
  return std::move(*t);
}

const char* kSource =
    "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
    "15-1252.00\tOracle Java\t43232408\tWeb platform development software\tY\tY\n"
    "15-1252.00\tGitHub\t43232402\tDevelopment environment software\tY\tN\n"
    "15-1252.00\tC++\t43232405\tObject or component oriented development software\tY\tY\n"
    "15-1253.00\tC++\t43232402\tDevelopment environment software\tN\tN\n"
    "15-1254.00\tC++\t43232405\tObject or component oriented development software\tN\tN\n"
    "15-1252.00\tChef\t43232402\tConfiguration management software\tN\tN\n"
    "11-1011.00\tLinkedIn\t43232402\tSocial software\tN\tN\n"
    "\n";

OnetConfig config(std::vector<OnetConfig::Entry> categories,
                  std::vector<OnetConfig::Entry> ambiguous = {},
                  std::vector<OnetConfig::Entry> skip = {}) {
  OnetConfig c;
  c.source = "Technology Skills.txt";
  c.default_category = "other";
  c.categories = std::move(categories);
  c.ambiguous = std::move(ambiguous);
  c.skip = std::move(skip);
  c.file = "onet.yaml";
  return c;
}

TEST(Onet, AddsTheNamesTheTaxonomyDoesNotKnow) {
  auto t = add_onet_skills(
      curated(), kSource,
      config({{"Object or component oriented development software", "language", 3}},
             {{"Chef", "", 5}}, {{"LinkedIn", "", 6}}));
  ASSERT_TRUE(t) << t.error().to_string();
  ASSERT_EQ(t->skills().size(), 4u);  // java, git, then C++ and Chef
  EXPECT_EQ(t->skills()[0].id, "java");
  const Skill* cpp = t->find("onet-c-plus-plus");
  ASSERT_NE(cpp, nullptr);
  EXPECT_EQ(cpp->name, "C++");
  EXPECT_EQ(cpp->category, "language");  // its most frequent commodity title
  EXPECT_EQ(cpp->origin, SkillOrigin::kOnet);
  EXPECT_EQ(cpp->line, 4);
  const Skill* chef = t->find("onet-chef");
  ASSERT_NE(chef, nullptr);
  EXPECT_EQ(chef->category, "other");  // its title is not mapped
  EXPECT_EQ(chef->ambiguous, std::vector<std::string>{"Chef"});
  EXPECT_EQ(t->find("onet-linkedin"), nullptr);   // skipped
  EXPECT_EQ(t->find("onet-github"), nullptr);     // a curated alias: the curated skill wins
  EXPECT_EQ(t->find("onet-oracle-java"), nullptr);  // a curated skill's O*NET link
}

TEST(Onet, RefusesConfiguredTitlesAndNamesTheListDoesNotHave) {
  auto t = add_onet_skills(curated(), kSource,
                           config({{"Object oriented software", "language", 12}},
                                  {{"Go", "", 20}}, {{"Facebook", "", 21}}));
  ASSERT_FALSE(t);
  ASSERT_EQ(t.error().details.size(), 3u);
  EXPECT_EQ(t.error().details[0].to_string(),
            "onet.yaml:12: categories: 'Object oriented software' is not a commodity title of "
            "Technology Skills.txt");
  EXPECT_EQ(t.error().details[1].to_string(),
            "onet.yaml:20: ambiguous: 'Go' is not a name in Technology Skills.txt");
  EXPECT_EQ(t.error().details[2].to_string(),
            "onet.yaml:21: skip: 'Facebook' is not a name in Technology Skills.txt");
}

TEST(Onet, RefusesASourceOfAnotherShape) {
  auto t = add_onet_skills(curated(), "name,title\nJava,Languages\n", config({}));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message,
            "Technology Skills.txt:1: expected the O*NET header with 'Example' and 'Commodity "
            "Title' columns, separated by tabs");
  auto short_row = add_onet_skills(curated(), "Example\tCommodity Title\nJava\n", config({}));
  ASSERT_FALSE(short_row);
  EXPECT_EQ(short_row.error().message,
            "Technology Skills.txt:2: expected 2 tab-separated columns, found 1");
  auto binary = add_onet_skills(curated(), "Example\tCommodity Title\n\xFF\xFE\t\n", config({}));
  ASSERT_FALSE(binary);
  EXPECT_EQ(binary.error().message, "Technology Skills.txt:2: not UTF-8 text");
  EXPECT_FALSE(add_onet_skills(curated(), "", config({})));
}

TEST(Onet, ConfigurationIsValidated) {
  auto c = parse_onet_config(R"(schema: rungs.onet/1
source: list.txt
default_category: misc
categories:
  - {commodity: A software, category: language}
  - {commodity: A software, category: tool}
  - {commodity: B software, category: langauge}
ambiguous: [Chef]
colour: red
)", "/data/onet.yaml", curated());
  ASSERT_FALSE(c);
  std::vector<std::string> problems;
  for (const Diagnostic& d : c.error().details) problems.push_back(d.to_string());
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "/data/onet.yaml:9: colour: unknown field",
                          "/data/onet.yaml:3: default_category: unknown category 'misc'",
                          "/data/onet.yaml:6: categories[1].commodity: 'A software' is mapped twice",
                          "/data/onet.yaml:7: categories[2].category: unknown category 'langauge' (did you mean 'language'?)",
                      }));
}

TEST(Onet, BundledListJoinsTheBundledTaxonomy) {
  auto taxonomy = load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
  ASSERT_TRUE(taxonomy) << taxonomy.error().to_string();
  auto all = load_onet_skills(*taxonomy, testing::data_dir() / "skills" / "onet.yaml");
  ASSERT_TRUE(all) << all.error().to_string();
  std::size_t onet = 0;
  for (const Skill& s : all->skills()) onet += s.origin == SkillOrigin::kOnet;
  EXPECT_GT(onet, 8000u);
  EXPECT_GE(all->skills().size() - onet, 600u);
  EXPECT_EQ(all->find("onet-go"), nullptr);  // "Go" is the curated skill's
  ASSERT_NE(all->find("onet-minitab"), nullptr);
  EXPECT_EQ(all->find("onet-minitab")->category, "science");
  EXPECT_EQ(all->find("onet-linkedin"), nullptr);
  EXPECT_FALSE(all->find("onet-blender")->ambiguous.empty());
}

TEST(Onet, MissingConfigurationOrSourceIsInvalidInput) {
  auto none = load_onet_skills(curated(), "/nonexistent/onet.yaml");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message, "/nonexistent/onet.yaml: no such file");
  testing::TempDir dir;
  auto config_file = dir.write("onet.yaml", "schema: rungs.onet/1\nsource: missing.txt\n"
                                            "default_category: other\ncategories: []\n");
  auto missing = load_onet_skills(curated(), config_file);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, (dir.path() / "missing.txt").string() + ": no such file");
}

}  // namespace
}  // namespace rungs
