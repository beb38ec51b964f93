// Layouts real resumes use that once read wrong (issue 14): company headings over title lines,
// "Key : value" employment blocks holding several projects, career breaks, freelance projects
// beside a job, wrapped bullets and PDF lines without bullet marks.
#include <gtest/gtest.h>

#include <algorithm>

#include "rungs/ingest.h"

namespace rungs {
namespace {

Profile read(const std::string& text) {
  Result<Profile> p = read_profile_bytes(text, "resume.md");
  EXPECT_TRUE(p) << (p ? "" : p.error().to_string());
  return p ? *p : Profile{};
}

TEST(ResumeLayouts, CompanyHeadingThenItalicLineThenBoldTitle) {
  Profile p = read(R"(# Meghna Rao

## Experience

### Ledgerly Technologies — Bengaluru
*Series C lending platform; 300 engineers.*

**Senior Software Engineer, Payments Platform** · Apr 2022 – Present

- Lead a pod of five engineers that owns the ledger.

### Cartwheel Labs — Pune
*Logistics startup.*

**Software Engineer** · Jul 2018 – Mar 2022

- Built the shipment APIs in Go.

## Skills
Go, PostgreSQL
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].company, "Ledgerly Technologies");
  EXPECT_EQ(p.positions[0].title, "Senior Software Engineer");
  EXPECT_EQ(p.positions[0].dates.start, (YearMonth{2022, 4}));
  EXPECT_TRUE(p.positions[0].dates.present);
  EXPECT_EQ(p.positions[0].lines.back().text, "Lead a pod of five engineers that owns the ledger.");
  EXPECT_EQ(p.positions[1].company, "Cartwheel Labs");
  EXPECT_EQ(p.positions[1].title, "Software Engineer");
  ASSERT_EQ(p.skills.size(), 1u);  // "Technologies" in a company heading opens no skills section
}

TEST(ResumeLayouts, ServiceCompanyBlockWithProjectsIsOnePosition) {
  Profile p = read(R"(Ravi Teja

PROFESSIONAL EXPERIENCE:

Organisation  : Tata Consultancy Services Ltd., Hyderabad
Designation   : IT Analyst
Duration      : Oct 2022 to Till Date

PROJECT DETAILS:

Project #1
Client        : A US life insurer
Duration      : May 2024 to Till Date
Role          : Java Developer
Team Size     : 14
Environment   : Java 11, Spring Boot, Oracle 19c
Responsibilities:
  - Developed REST APIs using Spring Boot.

Project #2
Client        : A UK general insurer
Duration      : Oct 2022 to Apr 2024
Role          : Developer
Responsibilities:
  - Converted COBOL batch programs to Spring Batch.

EDUCATION:
B.Tech, JNTU Hyderabad, 2022
)");
  ASSERT_EQ(p.positions.size(), 1u);
  const Position& tcs = p.positions[0];
  EXPECT_EQ(tcs.company, "Tata Consultancy Services Ltd., Hyderabad");
  EXPECT_EQ(tcs.title, "IT Analyst");
  EXPECT_EQ(tcs.dates.start, (YearMonth{2022, 10}));
  EXPECT_TRUE(tcs.dates.present);
  bool both_projects = false;
  for (const TextLine& l : tcs.lines) both_projects |= l.text == "Converted COBOL batch programs to Spring Batch.";
  EXPECT_TRUE(both_projects);
}

TEST(ResumeLayouts, NumberedEmploymentBlocksAreOnePositionEach) {
  Profile p = read(R"(Srikanth

WORK EXPERIENCE:

1) Company     : Vertisoft Solutions Pvt. Ltd., Hyderabad
   Designation : Senior Software Engineer
   Duration    : Jan 2023 to Till Date

   Project     : Dealer Management System
   Client      : A US dealer group
   * Worked on REST APIs using Spring Boot.

2) Infoway Pvt. Ltd., Hyderabad
   Designation : Software Engineer
   Duration    : Nov 2021 to Dec 2022
   * Involved in writing DAO layer code.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].title, "Senior Software Engineer");
  EXPECT_EQ(p.positions[1].title, "Software Engineer");
  EXPECT_EQ(p.positions[1].company, "Infoway Pvt. Ltd.");
  EXPECT_EQ(p.positions[1].dates.end, (YearMonth{2022, 12}));
}

TEST(ResumeLayouts, CareerBreakIsNotAPosition) {
  Profile p = read(R"(Anil

## Experience

### Technical Lead - Mindtree, Bengaluru (Jun 2024 - Present)
- Lead a team of six.

### Career Break — caring for a parent (Jan 2023 - May 2024)
- Took a planned break; completed the AWS Developer course.

### Senior Software Engineer - Wipro, Bengaluru (Jan 2018 - Dec 2022)
- Designed the claims service.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].company, "Mindtree");
  EXPECT_EQ(p.positions[1].company, "Wipro");
  EXPECT_NEAR(experience_years(p, {2026, 11}), 7.5, 0.1);  // the break's 17 months are not counted
  ASSERT_FALSE(p.notes.empty());
  EXPECT_NE(p.notes.back().find("career break"), std::string::npos);
}

TEST(ResumeLayouts, EmployerOverSeveralTitlesAndTitleUnderEmployer) {
  Profile p = read(R"(Sunil

PROFESSIONAL EXPERIENCE
-----------------------

LTIMindtree Ltd., Pune                                  Apr 2021 - Present

  ENTERPRISE ARCHITECT - Cloud CoE                      Jul 2023 - Present
  - Chair the architecture review board.

  TECHNICAL ARCHITECT                                   Apr 2021 - Jun 2023
  - Led the design of 22 microservices.

Capgemini Technology Services India Ltd., Mumbai        Jul 2017 - Mar 2021
SENIOR CONSULTANT
  - Technical lead for the billing APIs.
)");
  ASSERT_EQ(p.positions.size(), 3u);
  EXPECT_EQ(p.positions[0].title, "ENTERPRISE ARCHITECT");
  EXPECT_EQ(p.positions[0].company, "LTIMindtree Ltd.");
  EXPECT_EQ(p.positions[1].title, "TECHNICAL ARCHITECT");
  EXPECT_EQ(p.positions[1].company, "LTIMindtree Ltd.");
  EXPECT_EQ(p.positions[2].title, "SENIOR CONSULTANT");
  EXPECT_EQ(p.positions[2].company, "Capgemini Technology Services India Ltd.");
}

TEST(ResumeLayouts, WrappedBulletsAndDatedPartsStayInThePosition) {
  Profile p = read(R"(Kiran

## Experience

### SDE-3 - Flipkart, Bengaluru (Apr 2023 - Present)
- Primary on-call for payouts. Ran the RCA
  for the Oct 2024 settlement delay and shipped the fix.
- Reviewed most pull requests
  for the team.

Training (Flipkart, Apr 2023 - May 2023): the payments bootcamp.

## Career Switch
Full Stack Web Development — Masai School · Aug 2022 – Mar 2023
)");
  ASSERT_EQ(p.positions.size(), 1u);
  ASSERT_GE(p.positions[0].lines.size(), 2u);
  EXPECT_EQ(p.positions[0].lines[0].text,
            "Primary on-call for payouts. Ran the RCA for the Oct 2024 settlement delay and shipped the fix.");
  EXPECT_EQ(p.positions[0].lines[1].text, "Reviewed most pull requests for the team.");
  EXPECT_EQ(p.positions[0].lines[1].line, 8);
}

TEST(ResumeLayouts, FreelanceProjectBesideAJobIsAProject) {
  Profile p = read(R"(Farah

## Experience
### Backend Developer - Cartify, Pune (Jan 2023 - Present)
- Built the checkout APIs in Symfony.

## Projects
### Freelance: booking backend for a yoga studio (2024)
- Symfony API with Stripe payments.
)");
  ASSERT_EQ(p.positions.size(), 1u);
  ASSERT_EQ(p.projects.size(), 1u);
}

TEST(ResumeLayouts, SentencesWithYearsInPdfTextOpenNoPosition) {
  // PDF text has no bullet marks: a wrapped sentence with a year is not a header.
  Profile p = read(R"(Lakshmi

Experience
Senior Software Engineer — Swiggy, Bengaluru
Apr 2021 – Dec 2023
Designed and built the order-tracking service in Go.
On-call for the delivery tracking stack; wrote RCAs for the IPL
final 2022 lag incident and added load shedding.
Chosen to lead the tracking revamp in 2023 (team of 3) ahead
of two more senior engineers.
Mentor two engineers and an intern; wrote the billing-domain
onboarding guide used for every new joiner since 2024.
Software Engineer II — Gojek, Bengaluru
Jun 2019 – Mar 2021
Built driver allocation APIs in Go.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].company, "Swiggy");
  EXPECT_EQ(p.positions[1].company, "Gojek");
}

TEST(ResumeLayouts, LinkedInStyleParagraphsAreNotExtraJobs) {
  Profile p = read(R"(# Nikhil Rao

## Experience

### Tech Lead - ShareChat, Bengaluru (Mar 2022 - Present)
I lead the Creator Monetisation backend team of six engineers. In 2023 we moved the payouts
ledger to PostgreSQL and Kafka, and Tipping now handles 4 million events a day.
Before that I spent 2021 on the gifting service, which I designed and shipped with two engineers.

### Senior Software Engineer - Locus, Bengaluru (Jun 2018 - Feb 2022)
Backend for the dispatch-planning APIs in Node.js and TypeScript. Since 2020 I also ran the
on-call rotation and wrote most of the runbooks.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].company, "ShareChat");
  EXPECT_EQ(p.positions[1].company, "Locus");
}

TEST(ResumeLayouts, UnderlinedHeadingsAndInlineSkills) {
  Profile p = read(R"(Meera Nair
==========

Work
----

**ShareChat**, Bengaluru — *Cloud Engineer*
Feb 2024 – present

* Rebuilt the GKE fleet as Terraform modules.

Skills: Terraform, GKE, Go
)");
  ASSERT_EQ(p.positions.size(), 1u);
  EXPECT_EQ(p.person.name, "Meera Nair");
  ASSERT_EQ(p.skills.size(), 1u);
  EXPECT_EQ(p.skills[0].entries.size(), 3u);
}

TEST(ResumeLayouts, NumberedEmployersOverIndentedDatedTitles) {
  // "1) Employer" is a numbered line; the indented title line under it holds the dates and is
  // the entry's own line, not the numbered line wrapping. "RESUME" above the name is a title.
  Profile p = read(R"(                               RESUME

MOHD. IMRAN SHAIKH
Software Engineer (PHP / Laravel)

WORK EXPERIENCE

1) Vidyalaya ERP Pvt. Ltd., Indore
   Software Engineer                                   04/2022 to till date
   Product: school ERP used by ~120 schools

   - Developed the online fee collection module in Laravel with Razorpay.

2) Webtech Infosolutions, Indore
   PHP Developer                                       06/2020 to 03/2022

   - Developed admin panels in CodeIgniter 3.
)");
  EXPECT_EQ(p.person.name, "MOHD. IMRAN SHAIKH");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].title, "Software Engineer");
  EXPECT_NE(p.positions[0].company.find("Vidyalaya ERP"), std::string::npos);
  EXPECT_TRUE(p.positions[0].dates.present);
  EXPECT_EQ(p.positions[1].title, "PHP Developer");
  ASSERT_TRUE(p.positions[1].dates.start);
  EXPECT_EQ(p.positions[1].dates.start->year, 2020);
}

TEST(ResumeLayouts, ARangeWrappedOntoTheNextLineStaysInItsNumberedLine) {
  // The end of a wrapped range is the line going on, not an entry of its own.
  Profile p = read(R"(# Vikas Chauhan

## Work Experience
1. Working as Lead Engineer in Codeworth Technologies Pvt. Ltd., Noida from Jul 2023 to till date.
2. Worked as Software Engineer in Vertexia Software Solutions Pvt. Ltd., Noida from Nov 2020 to
   Jun 2023.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[1].title, "Software Engineer");
  ASSERT_TRUE(p.positions[1].dates.end);
  EXPECT_EQ(p.positions[1].dates.end->year, 2023);
}

TEST(ResumeLayouts, EmployerNamedInLowerCaseThenCapitalsOpensAnEntry) {
  // "iGATE", "eBay": a brand, not a sentence going on in lower case.
  Profile p = read(R"(# Karthik Subramanian

## Experience

### Cognizant Technology Solutions, Chennai — Technical Architect | Jul'14 – Feb'21
- Designed the claims-processing platform on Spring Boot and Oracle.

### iGATE Global Solutions, Bengaluru — Software Engineer → Senior Software Engineer | Jun'10 – Jun'14
- Involved in development of the dealer-portal modules in Java.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_NE(p.positions[1].company.find("iGATE"), std::string::npos);
  ASSERT_TRUE(p.positions[1].dates.start);
  EXPECT_EQ(p.positions[1].dates.start->year, 2010);
}

TEST(ResumeLayouts, TrainingAndProjectDetailsInsideAnEmploymentBlockAreThatJob) {
  // A service company's joiner training and its client project are the employment's, not
  // sections of their own: the work lines stay in the position.
  Profile p = read(R"(KARTHIK RAJA S
Systems Engineer

PROFESSIONAL EXPERIENCE:

Organisation : Infosys Limited, Chennai
Designation  : Systems Engineer
Duration     : May'25 - Till Date

Training:
Completed 14 week Generic and Stream training (Microsoft .NET stream) at Infosys, Mysuru.

PROJECT DETAILS:
Project Title : ClaimsOne - Claims Intake Portal
Client        : A leading US based P&C insurance company
Environment   : C#, ASP.NET Core 6 Web API, SQL Server 2019

ROLES AND RESPONSIBILITIES:
- Fixed SIT and UAT defects in the claim intake Web API under the guidance of senior developer.
- Wrote NUnit test cases for the service layer.

EDUCATIONAL QUALIFICATION:
B.E. Computer Science, Anna University, 2022
)");
  ASSERT_EQ(p.positions.size(), 1u);
  EXPECT_EQ(p.positions[0].title, "Systems Engineer");
  EXPECT_TRUE(p.certifications.empty());
  const auto& lines = p.positions[0].lines;
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const TextLine& l) {
    return l.text.find("NUnit") != std::string::npos;
  }));
}

}  // namespace
}  // namespace rungs

namespace rungs {
namespace {

TEST(ResumeLayoutsRepeated, AnOverviewTableOverTheDetailedEntriesIsOneJobEach) {
  Profile p = read(R"(# Harpreet Bedi

## Work Experience

Role | Company | Duration
--- | --- | ---
Senior Cloud Engineer | Northwind GCC, Gurugram | Jun 2023 – Present
Software Engineer | HCLTech, Noida | Jul 2017 – May 2023

### Senior Cloud Engineer — Northwind GCC, Gurugram (Jun 2023 – Present)
- Built the AWS landing zone for 68 accounts.

### Software Engineer — HCLTech, Noida (Jul 2017 – May 2023)
- Wrote Java microservices.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].title, "Senior Cloud Engineer");
  ASSERT_EQ(p.positions[0].lines.size(), 1u);
  EXPECT_EQ(p.positions[1].lines.size(), 1u);
}

TEST(ResumeLayoutsRepeated, ANoteUnderTheEmployerAndALongDatesLineStillCompleteTheEntry) {
  Profile p = read(R"(SANDEEP CHAUDHARY

WORK EXPERIENCE

Meridian Global Services Pvt Ltd, Gurugram                                  Oct 2019 – Jan 2023
(Global In-house Centre of a US bank)
Senior Software Engineer

 • Worked on development of loan servicing APIs.

### Software Engineer — Finlo Labs Pvt Ltd, Pune
**Aug 2023 – Sep 2024** · seed-stage lending startup (shut down in Sep 2024 after the funding round fell through)

- Built the loan-application REST APIs in Spring Boot.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].title, "Senior Software Engineer");
  EXPECT_EQ(p.positions[0].company, "Meridian Global Services Pvt Ltd");
  ASSERT_TRUE(p.positions[1].dates.start);
  EXPECT_EQ(p.positions[1].dates.start->year, 2023);
  ASSERT_TRUE(p.positions[1].dates.end);
  EXPECT_EQ(p.positions[1].dates.end->month, 9);
}

// A phase of one job written under it by its own dates, a year alone or a month and year, with a
// note in parentheses: part of the position, not a position of its own.
TEST(ResumeLayouts, DatedPhasesInsideAJobAreNotPositions) {
  Profile p = read(R"(PRAKASH NAIR

WORK EXPERIENCE

DevOps Engineer - Kwikcart Retail Technologies Pvt. Ltd., Pune            Mar 2023 - Present
  2023 - 2024 (on-prem data centre)
  * Rewrote 60 Jenkins jobs as Jenkinsfile pipelines kept in Git.
  Oct 2024 - present (AWS)
  * Led the migration of 22 services from on-prem VMs to Amazon EKS.

Systems Engineer - Infosys Limited, Mysuru                                Jul 2018 - Feb 2023
  * Administered 400 RHEL servers.
)");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].title, "DevOps Engineer");
  EXPECT_EQ(p.positions[0].lines.size(), 4u);
  EXPECT_EQ(p.positions[1].title, "Systems Engineer");
}

// An employer line with a description in parentheses ("Hyderabad engineering centre" is a place,
// not a title) over its dated titles; a later dated title with no employer of its own is the same
// employer's.
TEST(ResumeLayouts, EmployerWithADescriptionOverItsDatedTitles) {
  Profile p = read(R"(VIKRAM IYER

EXPERIENCE

TRELLIS HEALTH  (US health-tech, Hyderabad engineering centre)

  Senior Engineering Manager, Claims & Eligibility                          Apr 2023 - Present
  * Manage 12 engineers across two squads.

SHOPNEST  (e-commerce marketplace), Bengaluru

  Technical Lead, Order Management                                          Mar 2017 - Feb 2019
  * Led a team of 5 on the order-management service.

  Senior Software Engineer                                                  Aug 2014 - Feb 2017
  * Built the returns and refunds APIs.
)");
  ASSERT_EQ(p.positions.size(), 3u);
  EXPECT_EQ(p.positions[0].title, "Senior Engineering Manager");
  EXPECT_EQ(p.positions[0].company, "TRELLIS HEALTH");
  EXPECT_EQ(p.positions[1].title, "Technical Lead");
  EXPECT_EQ(p.positions[2].title, "Senior Software Engineer");
  EXPECT_EQ(p.positions[2].company, "SHOPNEST");
}

// What a project block's "Description :" says is the project, not the person's work: those lines
// are marked `about` (their skills count, their signals not); the responsibilities are not.
TEST(ResumeLayouts, AProjectDescriptionIsAboutTheProject) {
  Profile p = read(R"(Ravi Teja

PROFESSIONAL EXPERIENCE

Infosys Limited, Chennai                                      Oct 2024 - Till Date
Designation: Systems Engineer
  Project    : Policy Administration System
  Description:
  The Policy Administration System is used by the client's agents to issue policies.
  It is a Spring MVC monolith deployed on WebLogic.
  Roles & Responsibilities:
  - Fixed defects in the endorsement module.

Description : Handles 2 million policy requests a day.
)");
  ASSERT_EQ(p.positions.size(), 1u);
  std::vector<std::string> about, work;
  for (const TextLine& l : p.positions[0].lines) (l.about ? about : work).push_back(l.text);
  EXPECT_EQ(about.size(), 3u);
  EXPECT_EQ(about[0], "The Policy Administration System is used by the client's agents to issue policies.");
  EXPECT_NE(std::find(work.begin(), work.end(), "Fixed defects in the endorsement module."), work.end());
}

// Inside a skills section, "Languages : Java, C, SQL" is a row of programming languages, not the
// section of spoken languages: the rows after it stay skills too.
TEST(ResumeLayouts, LanguagesRowInsideTheSkillsSection) {
  Profile p = read(R"(Priya

TECHNICAL SKILLS

Languages      : Java, C, SQL
Frameworks     : Spring Boot, Hibernate
Other          : Microservices, Docker
)");
  EXPECT_TRUE(p.other.empty());
  std::size_t items = 0;
  for (const SkillGroup& g : p.skills) items += g.entries.size();
  EXPECT_GE(items, 3u);
}

// Projects done as a student are marked by their heading or their name.
TEST(ResumeLayouts, AcademicProjectsAreMarked) {
  Profile p = read(R"(Priya

ACADEMIC PROJECTS

CampusEats - canteen pre-order system
 - Django REST backend on PostgreSQL.

PROJECTS

Ledger CLI (Final-year project, team of 4)
 - Go command line ledger.

PgLite Pooler (side project)
 - A connection pooler in Go with 300 GitHub stars.
)");
  ASSERT_EQ(p.projects.size(), 3u);
  EXPECT_TRUE(p.projects[0].academic);
  EXPECT_TRUE(p.projects[1].academic);
  EXPECT_FALSE(p.projects[2].academic);
}

// A career-progression block: the employer in the heading, one "Title : dates" line per grade;
// the project blocks that follow under "PROJECT DETAILS" are projects named by their fields.
TEST(ResumeLayouts, CareerProgressionLinesAndProjectBlocks) {
  Profile p = read(R"(KARTHIK S

CAREER PROGRESSION - COGNIZANT TECHNOLOGY SOLUTIONS, CHENNAI
Senior Associate                 : Apr 2025 - Present
Associate                        : Apr 2023 - Mar 2025
Programmer Analyst Trainee       : Dec 2020 - Nov 2021

PROJECT DETAILS

Project #2
Project Name     : Refill Order Services (ROS)
Client           : Express Scripts
Environment      : Java 17, Spring Boot, Kafka
Responsibilities :
  * Wrote Kafka consumers for order events with retry and dead-letter topics.

Project #1
Project Name     : Claims Intake Modernisation
Role             : Developer
  * Developed the DAO layer with Hibernate.
)");
  ASSERT_EQ(p.positions.size(), 3u);
  EXPECT_EQ(p.positions[0].title, "Senior Associate");
  EXPECT_EQ(p.positions[0].company, "COGNIZANT TECHNOLOGY SOLUTIONS, CHENNAI");
  EXPECT_TRUE(p.positions[0].dates.present);
  EXPECT_EQ(p.positions[2].title, "Programmer Analyst Trainee");
  ASSERT_EQ(p.projects.size(), 2u);
  EXPECT_EQ(p.projects[0].name, "Refill Order Services (ROS)");
  EXPECT_EQ(p.projects[0].lines.size(), 4u);
  EXPECT_EQ(p.projects[1].name, "Claims Intake Modernisation");
}

}  // namespace
}  // namespace rungs
