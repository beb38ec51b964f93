#include "assess/promotions.h"

#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"

namespace rungs::assess {
namespace {

const Ladder& ladder() { return testing::bundled_assessor().ladder(); }

Position job(std::string title, std::string company, int start_year, int line) {
  Position p;
  p.title = std::move(title);
  p.company = std::move(company);
  p.dates.start = YearMonth{start_year, 4};
  p.line = line;
  return p;
}

std::vector<std::string> promoted_titles(const Profile& profile, const std::string& placed) {
  std::vector<std::string> out;
  for (const Position* p : promotions(profile, ladder(), *ladder().role(placed))) out.push_back(p->title);
  return out;
}

TEST(Promotions, ALaterTitleAtTheSameEmployerInAnyListedOrder) {
  Profile p;
  p.positions = {job("Software Engineer", "Zenfin", 2015, 30), job("Senior Software Engineer", "Medisys, Pune", 2022, 10),
                 job("Software Engineer", "Medisys Pune", 2019, 20)};
  EXPECT_EQ(promoted_titles(p, "senior-backend-developer"), std::vector<std::string>{"Senior Software Engineer"});
}

TEST(Promotions, NotAnInternKeptOnNorATitleAboveThePlacement) {
  Profile p;
  p.positions = {job("Software Engineering Intern", "Medisys", 2019, 20), job("Software Engineer", "Medisys", 2020, 10)};
  EXPECT_TRUE(promoted_titles(p, "backend-developer").empty());
  p.positions = {job("Senior Software Engineer", "Medisys", 2019, 20), job("Architect", "Medisys", 2023, 10)};
  EXPECT_TRUE(promoted_titles(p, "senior-backend-developer").empty());
  EXPECT_EQ(promoted_titles(p, "solutions-architect"), std::vector<std::string>{"Architect"});
}

TEST(Promotions, AddsTheTitleLineUnderRecognitionOnce) {
  Profile p;
  p.positions = {job("Software Engineer", "Medisys", 2019, 20), job("Senior Software Engineer", "Medisys", 2022, 10)};
  std::vector<SignalLines> signals(ladder().signals.size());
  add_promotions(p, ladder(), *ladder().role("senior-backend-developer"), signals);
  add_promotions(p, ladder(), *ladder().role("senior-backend-developer"), signals);
  std::size_t recognition = 0;
  while (ladder().signals[recognition].id != "recognition") ++recognition;
  ASSERT_EQ(signals[recognition].strong.size(), 1u);
  EXPECT_EQ(signals[recognition].strong[0].line, 10);
  EXPECT_EQ(signals[recognition].strong[0].text, "Senior Software Engineer");
}

}  // namespace
}  // namespace rungs::assess
