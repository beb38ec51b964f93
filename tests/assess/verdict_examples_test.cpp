// The examples of issue 14, as resumes of our own in those layouts and wordings: placement on
// every role of the ladder, the five answers in any wording, and findings that never contradict
// the resume.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"

namespace rungs {
namespace {

using ::testing::Contains;
using ::testing::Not;

using testing::assess_text;

Answer answer(const Report& r, const std::string& id) {
  for (const CriterionAnswer& a : r.readiness.criteria) {
    if (a.id == id) return a.answer;
  }
  ADD_FAILURE() << "no answer " << id;
  return Answer::kNo;
}

std::vector<std::string> finding_ids(const Report& r) {
  std::vector<std::string> ids;
  for (const Finding& f : r.findings) ids.push_back(f.id);
  return ids;
}

TEST(VerdictExamples, EngineeringManagerOfThreeTeams) {
  Report r = assess_text(R"(# Deepa Iyer
Engineering Manager | Bengaluru

## Experience
### Engineering Manager - PhonePe, Bengaluru (Apr 2021 - Present)
- Manage three teams (22 engineers) through three tech leads; own headcount and delivery.
- Hiring: designed the interview loop and ran 120 interviews a year.
- Set quarterly OKRs with product; run half-yearly performance reviews and promotion cases.
- One-on-ones with every engineer; grew two engineers into tech leads.

### Senior Software Engineer - Flipkart, Bengaluru (Jun 2014 - Mar 2021)
- Designed the order service in Java; 20k orders a minute at peak.
- Mentored five engineers and reviewed their pull requests.
)");
  EXPECT_EQ(r.placement.role, "engineering-manager");
}

TEST(VerdictExamples, PlatformEngineerWhoBuiltCiCdForThirtyServices) {
  Report r = assess_text(R"(# Arjun Das
## Experience
### Platform Engineer - Freshworks, Chennai (Jan 2022 - Present)
- Built the CI/CD pipelines for 30 services with GitHub Actions and Argo CD.
- Provisioned the AWS accounts and EKS clusters with Terraform modules.
- Packaged every service as Helm charts; on-call for the platform with Prometheus alerting.
- Set SLOs and dashboards for the deploy pipeline; cut deploy time from 40 to 8 minutes.

### Software Engineer - Zoho, Chennai (Jul 2019 - Dec 2021)
- Built REST APIs in Node.js for the invoicing service.
)");
  EXPECT_EQ(r.placement.role, "devops-engineer");
}

TEST(VerdictExamples, BackendDeveloperWhoSpentTwoYearsOnPipelines) {
  Report r = assess_text(R"(# Sana Khan
## Experience
### Data Engineer - Meesho, Bengaluru (Nov 2024 - Present)
- Built batch pipelines on Airflow (140 DAGs) that feed the Snowflake warehouse.
- Wrote the dbt models for orders and payments, with tests on every model.
- Moved the heavy joins to Spark jobs on EMR; nightly run from 5 hours to 70 minutes.
- Modelled the clickstream data into star schemas for the analytics team.

### Software Engineer - Meesho, Bengaluru (Aug 2021 - Oct 2024)
- Built Django REST APIs for the seller dashboard on PostgreSQL.
)");
  EXPECT_EQ(r.placement.role, "data-engineer");
}

TEST(VerdictExamples, TerseSeniorWithStrongNumbers) {
  Report r = assess_text(R"(# Rahul Nair
## Experience
### SDE-3 - Swiggy, Bengaluru (Jan 2022 - Present)
- Owner of the ETA service (Go). Cut p99 from 800 ms to 120 ms.
- Scaled dispatch to 40k rps. Designed the sharding; wrote the design doc.
- Mentor 3 SDE-1s. Review most PRs on the team.
- On-call lead; wrote RCAs for 6 SEV-1s.

### SDE-2 - Ola, Bengaluru (Jun 2019 - Dec 2021)
- Built the fare APIs in Go and PostgreSQL; 12k requests a second.
- Migrated the fare store from MySQL to PostgreSQL with zero downtime.
)");
  EXPECT_EQ(r.placement.role, "senior-backend-developer");
}

TEST(VerdictExamples, InfosysSystemsEngineerUnderGuidanceIsJunior) {
  Report r = assess_text(R"(# Karthik S
Systems Engineer | Infosys | Mysuru

## Experience
### Systems Engineer - Infosys, Mysuru (May 2025 - Present)
- Fixed bugs in the billing module under guidance of senior developers.
- Developed REST endpoints as per the design given by the module lead.
- Supported UAT and wrote unit test cases for the assigned modules.

### Intern - Infosys, Mysuru (Jan 2025 - Apr 2025)
- Built a simple leave-request module as part of the internship project.
)");
  EXPECT_EQ(r.placement.role, "junior-backend-developer");
  EXPECT_EQ(r.readiness.verdict, Verdict::kNotYet);
  EXPECT_NE(answer(r, "impact-projects"), Answer::kYes);  // an internship module is not business impact
}

TEST(VerdictExamples, AnswersInAnyWording) {
  Report r = assess_text(R"(# Meera
## Experience
### Senior Software Engineer - Razorpay, Bengaluru (Jan 2020 - Present)
- Do code-reviews for the pod and run the team's weekly code-review clinic.
- I review most backend pull requests myself; wrote the runbooks and ADRs for the ledger.
- Introduced contract testing with Pact and added OpenTelemetry tracing to six services.
- Speaker at GopherCon India 2025; maintainer of an open-source Go library with 600 GitHub stars.
- Mentored four new joiners.
)");
  EXPECT_EQ(answer(r, "collaboration"), Answer::kYes);
  EXPECT_EQ(answer(r, "continuous-improvement"), Answer::kYes);
  EXPECT_EQ(answer(r, "visibility"), Answer::kYes);
  for (const char* id : {"no-code-review", "no-documentation", "no-visibility", "no-testing"}) {
    EXPECT_THAT(finding_ids(r), Not(Contains(id))) << id;
  }
}

TEST(VerdictExamples, AHedgeLowersOnlyItsOwnSentenceOfAParagraph) {
  // LinkedIn positions are paragraphs: "Worked on defect fixes." is hedged, the award and the
  // numbers in the other sentences are not.
  Report r = assess_text(R"(# Ravi Kumar

## Experience
### Associate - Cognizant, Chennai (Apr 2025 - Present)
Working on the claims platform of a US healthcare payer. Built the prior-authorization status API on my own from requirement to production; it now serves around 1.2 lakh calls a day. Brought the nightly reconciliation batch down from 5.5 hours to 1 hour 40 minutes by tuning the SQL.

### Programmer Analyst - Cognizant, Chennai (Nov 2022 - Mar 2025)
Responsible for developing REST services in Spring Boot. Worked on defect fixes and JUnit tests. Received the 'Star of the Quarter' award in Q3 2024.
)");
  EXPECT_NE(answer(r, "visibility"), Answer::kNo);
  EXPECT_THAT(finding_ids(r), Not(Contains("no-quantified-impact")));
  EXPECT_THAT(finding_ids(r), Not(Contains("no-visibility")));
}

TEST(VerdictExamples, ATalkAtANamedConferenceIsVisibility) {
  Report r = assess_text(R"(# Karthik S

## Experience
### Senior SRE - Razorpay, Bengaluru (Apr 2021 - Present)
- Built burn-rate alerting for 40 services; pages fell from 30 a week to 4.

## Talks
- "Burn-rate alerts that don't wake you up for nothing" — Rootconf, Bengaluru, 2025
)");
  EXPECT_NE(answer(r, "visibility"), Answer::kNo);
  EXPECT_THAT(finding_ids(r), Not(Contains("no-visibility")));
}

TEST(VerdictExamples, ASeniorOnCallForIncidentsWithoutDevOpsToolsIsNoDevOpsEngineer) {
  // Reliability and incident work is shared with backend roles; a DevOps placement needs the
  // role's own tools (or its title).
  Report r = assess_text(R"(# Sandeep Reddy
Senior Software Engineer | Bengaluru

## Experience
### Senior Software Engineer - Swiggy, Bengaluru (Jan 2022 - Present)
- Designed the slot-allocation service in Java and Spring Boot; 9,000 requests/second at peak with p99 under 60 ms.
- Own the service's SLOs and error budget; on the on-call rotation, led the war room for the Diwali outage and wrote the RCA.
- Cut paging noise by half with better alert thresholds; runbooks for every alert.
- Mentor three SDE-1s; review most PRs on the slotting repos.

### Software Engineer - Wipro, Hyderabad (Jun 2018 - Dec 2021)
- Built inventory reservation APIs in Spring Boot with Kafka consumers; idempotent handlers.
- Handled production incidents for the order service; root cause analysis for P1s.
)");
  EXPECT_NE(r.placement.role, "devops-engineer");
}

TEST(VerdictExamples, AnInflatedTitleDoesNotLiftThePlacement) {
  // "Senior Software Engineer" and an "architect-minded leader" summary over feature work with
  // one senior signal in it (a resume of the dev corpus): the work is a backend developer's.
  Report r = testing::assess_file(std::filesystem::path(RUNGS_SOURCE_DIR) / "tests/data/eval/dev/h4-symfony-bazaarwala.json");
  EXPECT_EQ(r.placement.role, "backend-developer");
  EXPECT_THAT(finding_ids(r), Contains("title-evidence-mismatch"));
}

TEST(VerdictExamples, AGatekeeperForMergesReviewsCode) {
  Report r = assess_text(R"(# Vishnu Nair

## Experience
### Senior Software Engineer - PayNest, Bengaluru (Apr 2022 - Present)
- Designed the double-entry ledger service in Kotlin and Ktor; ~9 million postings a day.
- Gatekeeper for merges to main on the ledger and payouts repos; every change that touches money goes through me or one other reviewer.
- Buddy for 4 interns in the 2025 summer cohort; two of them converted to full-time.
- Introduced pre-commit hooks with ktlint and detekt across 6 Kotlin repos.
)");
  EXPECT_THAT(finding_ids(r), Not(Contains("no-code-review")));
}

TEST(VerdictExamples, PersonalDetailsAndLearningClaimsAreNoEvidence) {
  // "Notice period: 60 days" is no impact in numbers; "learning System Design" is no design.
  Report r = assess_text(R"(# Sai Kiran
## Summary
* Having 2 years of experience in Java backend development.
* Currently learning System Design and Kafka through online courses.
* Notice period: 60 days (negotiable).

## Experience
### Associate Software Engineer - Zentrix Infotech, Hyderabad (Jan 2025 - Present)
* Fixed defects raised by the QA team under guidance of a senior developer.
* Developed REST APIs as per the design given by the module lead.
)");
  EXPECT_EQ(answer(r, "impact-projects"), Answer::kNo);
  EXPECT_EQ(answer(r, "skill-mastery"), Answer::kNo);
  EXPECT_NE(answer(r, "continuous-improvement"), Answer::kNo);  // the learning itself counts
}

TEST(VerdictExamples, OwningPipelinesAndReviewingThePrsOfOthersInAnyOrder) {
  Report r = assess_text(R"(# Irfan Shaikh
## Experience
### Platform Engineer - Halden GCC, Pune (Jul 2021 - Present)
- Own the orders and inventory pipelines: 140 Airflow DAGs moving 1.2 TB a day into BigQuery.
- Every infra change goes through a PR on our Terraform repo — I review most of them.
- Cut deployment time from 45 to 8 minutes with Argo CD.
)");
  EXPECT_NE(answer(r, "skill-mastery"), Answer::kNo);
  EXPECT_THAT(finding_ids(r), Not(Contains("no-code-review")));
}

TEST(VerdictExamples, AFrontEndHeavyEngineerWithAFewApiLinesIsFullStack) {
  // This ladder has no front-end role: mostly React work beside some backend work is full stack.
  Report r = assess_text(R"(# Anjali Menon
Software Engineer | Kochi

## Experience
### Software Engineer - Kloudcart Commerce, Kochi (Jan 2023 - Present)
- Rebuilt the storefront theme in React 18 and TypeScript and moved it to Next.js; product page LCP from 4.8 s to 1.9 s.
- Built the new checkout flow on the front end; conversion up by 8.4%.
- Own our design system: 60 React components in Storybook.
- Moved storefront state to Redux Toolkit.
- Jest and React Testing Library for components, Playwright for the checkout journey.
- Added 6 Django REST Framework endpoints for the storefront CMS.

### Associate Software Engineer - Ennovate Infotech, Kochi (Jul 2020 - Dec 2022)
- Built React dashboards and a few Node.js APIs for a logistics client.
)");
  EXPECT_EQ(r.placement.role, "full-stack-developer");
}

TEST(VerdictExamples, HedgedWorkStillMentionsWhatItShows) {
  // An intern's numbers and README are in the resume: no finding may say they are not.
  Report r = assess_text(R"(# Sneha Kulkarni

## Experience
### Backend Intern - Finverse Labs, Pune (Jan 2026 - Jun 2026)
- As part of the internship, built 4 REST endpoints in FastAPI under the guidance of the senior backend developer.
- Wrote pytest unit tests for those endpoints; module coverage went from 41% to 78%.
- Dockerised the service and wrote the README and OpenAPI examples for the QA team.
)");
  EXPECT_THAT(finding_ids(r), Not(Contains("no-quantified-impact")));
  EXPECT_THAT(finding_ids(r), Not(Contains("no-documentation")));
}

TEST(VerdictExamples, FindingsNeverContradictTheResume) {
  Report r = assess_text(R"(# Vivek
## Experience
### Backend Developer - Cred, Bengaluru (Jan 2021 - Present)
- Grew the payments app's pytest suites from 300 to 1,400 tests.
- Prepared KT documents for new joiners.

## Certifications
- AWS Certified Developer – Associate
- Oracle Certified Professional, Java SE 11 Developer
)");
  for (const char* id : {"no-testing", "no-documentation", "no-certification"}) {
    EXPECT_THAT(finding_ids(r), Not(Contains(id))) << id;
  }
}

TEST(VerdictExamples, SeniorTitleOverVagueBulletsIsAMismatch) {
  Report r = assess_text(R"(# Srikanth
Senior Software Engineer

## Experience
### Senior Software Engineer - Vertisoft, Hyderabad (Jan 2021 - Present)
- Worked on development of REST APIs using Spring Boot.
- Involved in requirement gathering and analysis meetings.
- Responsible for bug fixing and enhancements as per the requirement.
- Part of the team that attended daily stand-up calls.
)");
  EXPECT_THAT(r.placement.role, ::testing::AnyOf("junior-backend-developer", "backend-developer"));
  EXPECT_THAT(finding_ids(r), Contains("title-evidence-mismatch"));
  EXPECT_THAT(finding_ids(r), Contains("vague-bullets"));
}

TEST(VerdictExamples, NextStepsAreACoachsNotKeywords) {
  Report r = assess_text(R"(# Karthik S
## Experience
### Systems Engineer - Infosys, Mysuru (May 2025 - Present)
- Developed REST endpoints as per the design given by the module lead.
)");
  const CriterionAnswer* impact = nullptr;
  const CriterionAnswer* visibility = nullptr;
  for (const CriterionAnswer& a : r.readiness.criteria) {
    if (a.id == "impact-projects") impact = &a;
    if (a.id == "visibility") visibility = &a;
  }
  ASSERT_NE(impact, nullptr);
  ASSERT_NE(visibility, nullptr);
  // The work is there but hedged: cite the line and say how to write it up.
  EXPECT_NE(impact->next_step.find("L4 'Developed REST endpoints"), std::string::npos) << impact->next_step;
  EXPECT_NE(impact->next_step.find("what you did, at what scale, and what changed"), std::string::npos);
  // The work is not there: the checkpoint that builds it, never "add words".
  EXPECT_NE(visibility->next_step.find("Build it first: share one piece of your work in public"), std::string::npos)
      << visibility->next_step;
  for (const CriterionAnswer& a : r.readiness.criteria) {
    EXPECT_EQ(a.next_step.find("in words like"), std::string::npos) << a.next_step;
  }
}

// RUBRIC.md's visibility counts promotions: one employer, one title after another, the later
// higher. An intern kept on is not promoted, nor is someone made "Architect" whose work the
// evidence places lower (the title outruns the work).
TEST(VerdictExamples, APromotionAtOneEmployerIsVisibility) {
  const std::string work = R"(
- Built the claims APIs in Java and Spring Boot; 20k claims a day.
- Wrote integration tests with JUnit and Testcontainers.
)";
  auto two_jobs = [&](const std::string& later, const std::string& earlier) {
    return assess_text("# Asha\n## Experience\n### " + later + " (Jul 2022 - Present)" + work + "\n### " + earlier +
                       " (Jul 2019 - Jun 2022)" + work);
  };
  EXPECT_EQ(answer(two_jobs("Software Engineer - Medisys, Pune", "Associate Software Engineer - Medisys, Pune"), "visibility"),
            Answer::kYes);
  EXPECT_EQ(answer(two_jobs("Software Engineer - Medisys, Pune", "Software Engineering Intern - Medisys, Pune"), "visibility"),
            Answer::kNo);
  EXPECT_EQ(answer(two_jobs("Software Engineer - Medisys, Pune", "Associate Software Engineer - Zenfin, Pune"), "visibility"),
            Answer::kNo);
  EXPECT_EQ(answer(two_jobs("Architect - Medisys, Pune", "Software Engineer - Medisys, Pune"), "visibility"), Answer::kNo);
}

// Awards by their period ("Star of the Quarter") and contests placed in ("Finalist, Smart India
// Hackathon") are recognition, in an Awards section or in a line of work.
TEST(VerdictExamples, AwardsOfAPeriodAndContestsPlacedInAreVisibility) {
  const std::string job = "# Ravi\n## Experience\n### Software Engineer - Finverse, Pune (Jul 2021 - Present)\n"
                          "- Built the loan APIs in C# and ASP.NET Core.\n";
  EXPECT_EQ(answer(assess_text(job + "\n## Awards\nFinverse \"Star of the Quarter\", Q2 2024\n"), "visibility"), Answer::kYes);
  EXPECT_EQ(answer(assess_text(job + "- Finalist, Smart India Hackathon 2025 with a Django app.\n"), "visibility"), Answer::kYes);
  EXPECT_EQ(answer(assess_text(job), "visibility"), Answer::kNo);
}

// An intern's title names the first rung, however it starts: no "title above the evidence" for a
// "Backend Developer Intern".
TEST(VerdictExamples, AnInternTitleNamesTheFirstRung) {
  Report r = assess_text(R"(# Sneha
## Experience
### Backend Developer Intern - Kolhapur Softworks (Jan 2026 - Jun 2026)
- Built complaint APIs in Django as per the design given by the senior developer.
)");
  EXPECT_EQ(r.placement.title_suggests.value_or(""), "junior-backend-developer");
  EXPECT_THAT(finding_ids(r), Not(Contains("title-evidence-mismatch")));
}

// Ownership shared with the person one reports to is not one's own: no go-to expert from "co-own
// the service with my tech lead".
TEST(VerdictExamples, CoOwningWithOnesLeadIsNotOwnership) {
  const std::string head = "# Kiran\n## Experience\n### Software Engineer - Trackwise, Pune (Jul 2022 - Present)\n";
  EXPECT_NE(answer(assess_text(head + "- Co-own the shipment-tracking service with my tech lead since Feb 2026.\n"), "skill-mastery"),
            Answer::kYes);
  EXPECT_EQ(answer(assess_text(head + "- Own the shipment-tracking service since Feb 2026.\n"), "skill-mastery"), Answer::kYes);
}

// The interns one leads, mentors or reviews do not make one's own work an internship's; one's own
// internship still lowers its work.
TEST(VerdictExamples, OthersInternsDoNotHedgeTheWork) {
  const std::string head = "# Kavya\n## Experience\n### Software Engineer - Cartly, Pune (Jul 2022 - Present)\n";
  EXPECT_EQ(answer(assess_text(head + "- Review pull requests from two frontend interns and mentor them on component design.\n"),
                   "collaboration"),
            Answer::kYes);
  EXPECT_NE(answer(assess_text(head + "- As an intern, reviewed pull requests and mentored a new joiner.\n"), "collaboration"),
            Answer::kYes);
}

// A cloud engineer is one on any of the three clouds: the same work on GCP or Azure covers the
// Cloud Engineer's skills as much as on AWS (a GCP landing-zone engineer was placed DevOps for
// want of AWS).
TEST(VerdictExamples, TheSameCloudWorkOnAnyCloudCoversTheCloudEngineer) {
  auto cloud_skills = [](const std::string& cloud, const std::string& functions) {
    Report r = assess_text("# Meera\n## Experience\n### Senior Cloud Engineer - Paysure, Chennai (Apr 2021 - Present)\n"
                           "- Built the " + cloud + " landing zone in Terraform: Shared VPC, IAM roles and org policies.\n"
                           "- Wrote " + functions + " that stop idle dev VMs every night; spend down 18%.\n"
                           "- Run the Kubernetes clusters in Docker containers; on-call with dashboards and alerts.\n");
    for (const RoleFit& f : r.placement.fits) {
      if (f.role == "cloud-engineer") return f.skills;
    }
    return -1.0;
  };
  const double aws = cloud_skills("AWS", "AWS Lambda functions");
  EXPECT_NEAR(cloud_skills("GCP", "Cloud Functions"), aws, 0.02);
  EXPECT_NEAR(cloud_skills("Azure", "Azure Functions"), aws, 0.02);
}

// Moving a product from one tool to another is introducing a better one (RUBRIC.md: "moved cron
// jobs to Celery"); pairing with juniors is mentoring.
TEST(VerdictExamples, MovingToABetterToolAndPairingWithJuniors) {
  const std::string head = "# Kavya\n## Experience\n### Software Engineer - Cartly, Pune (Jul 2022 - Present)\n";
  EXPECT_EQ(answer(assess_text(head + "- Moved the app from Create React App to Next.js with server components.\n"),
                   "continuous-improvement"),
            Answer::kYes);
  EXPECT_NE(answer(assess_text(head + "- Built the invoice screens in React.\n"), "continuous-improvement"), Answer::kYes);
  EXPECT_EQ(answer(assess_text(head + "- Review pull requests and pair with the two frontend interns on component design.\n"),
                   "collaboration"),
            Answer::kYes);
}

// A fresher's college project is not impact in a job (RUBRIC.md): its lines are claims, so the
// answer is at most partly; the same lines in a position are work.
TEST(VerdictExamples, AnAcademicProjectIsNoProfessionalImpact) {
  const std::string lines = "- Built REST APIs in Django for 2,000 students; cut queueing time by 40%.\n";
  Report academic = assess_text("# Priya\n## Academic Projects\n### CampusEats\n" + lines);
  EXPECT_NE(answer(academic, "impact-projects"), Answer::kYes);
  Report job = assess_text("# Priya\n## Experience\n### Software Engineer - Zeta, Pune (Jul 2023 - Present)\n" + lines);
  EXPECT_EQ(answer(job, "impact-projects"), Answer::kYes);
}

// A title that says junior, or a company grade written by the company's initials, names the first
// rung; with fewer years than a Backend Developer starts at, the two agree and keep the person there
// however many backend signals the work shows.
TEST(VerdictExamples, AJuniorTitleAndShortYearsAgree) {
  const std::string work = R"(
- Wrote REST APIs in Laravel for a client's mobile app; migrations, seeders and Eloquent queries.
- Built a booking module with a slot-availability API; wrote PHPUnit feature tests for it.
- Moved order e-mails to a queued job; checkout from 8 s to under 2 s.
)";
  Report junior = assess_text("# Aman\n## Experience\n### Junior PHP Developer - Webnest, Lucknow (Aug 2025 - Present)" + work);
  EXPECT_EQ(junior.placement.title_suggests.value_or(""), "junior-backend-developer");
  EXPECT_EQ(junior.placement.role, "junior-backend-developer");
  Report grade = assess_text("# Aman\n## Experience\n### Assistant System Engineer - Tata Consultancy Services Ltd (Aug 2025 - Present)" + work);
  EXPECT_EQ(grade.placement.title_suggests.value_or(""), "junior-backend-developer");
  Report developer = assess_text("# Aman\n## Experience\n### PHP Developer - Webnest, Lucknow (Aug 2023 - Present)" + work);
  EXPECT_EQ(developer.placement.role, "backend-developer");
}

}  // namespace
}  // namespace rungs
