// Every kind of bad document gets one clear error naming the file and the problem: kInvalidInput,
// or kUnsupportedFormat for a format rungs does not read (both exit 3; HTTP 422 and 415).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rungs/ingest.h"
#include "support/documents.h"
#include "test_paths.h"

namespace rungs {
namespace {

using namespace testing;

std::string error_of(std::string_view bytes, const std::string& name, const IngestLimits& limits = {},
                     DocumentFormat format = DocumentFormat::kAuto) {
  Result<Profile> p = read_profile_bytes(bytes, name, format, limits);
  if (p) return "(read without error)";
  EXPECT_EQ(exit_code_for(p.error().kind), 3);
  return p.error().message;
}

std::string public_fixture(const char* name) {
  return read_text(test_data_dir() / "fixtures" / "public" / name);
}

// A PDF whose standard security handler wants a password that is not empty.
std::string encrypted_pdf() {
  std::string pdf = make_pdf({one_column_page({"Secret resume"})});
  std::string filler(32, 'x');
  std::string encrypt = "99 0 obj\n<< /Filter /Standard /V 1 /R 2 /O (" + filler + ") /U (" + filler +
                        ") /P -4 >>\nendobj\n";
  std::size_t xref = pdf.find("xref\n");
  pdf.insert(xref, encrypt);
  std::size_t trailer = pdf.find("/Root 1 0 R");
  pdf.insert(trailer, "/Encrypt 99 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ");
  return pdf;
}

TEST(BadInput, Empty) {
  EXPECT_EQ(error_of("", "empty.txt"), "empty.txt: the document is empty");
  EXPECT_EQ(error_of("  \n\n ", "blank.md"), "blank.md: the document is empty");
}

TEST(BadInput, TruncatedPdf) {
  std::string pdf = public_fixture("rm_bruce_wayne_fullstack.pdf");
  EXPECT_EQ(error_of(std::string_view(pdf).substr(0, pdf.size() / 2), "cut.pdf"),
            "cut.pdf: truncated PDF (no %%EOF at the end); download it again");
}

TEST(BadInput, CorruptPdf) {
  std::string message = error_of("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnonsense\n%%EOF\n", "bad.pdf");
  EXPECT_TRUE(message == "bad.pdf: damaged PDF that cannot be opened" || message == "bad.pdf: the PDF has no pages")
      << message;
}

TEST(BadInput, EncryptedPdf) {
  EXPECT_EQ(error_of(encrypted_pdf(), "locked.pdf"),
            "locked.pdf: the PDF is encrypted with a password; save a copy without one");
}

TEST(BadInput, PdfWithoutText) {
  EXPECT_EQ(error_of(make_pdf({{}}), "scan.pdf"),
            "scan.pdf: the PDF has no text (a scanned image?); rungs reads text PDFs only");
}

TEST(BadInput, TooManyPdfPages) {
  IngestLimits limits;
  limits.max_pdf_pages = 2;
  std::vector<std::vector<PdfText>> pages(3, one_column_page({"page"}));
  EXPECT_EQ(error_of(make_pdf(pages), "long.pdf", limits),
            "long.pdf: the PDF has 3 pages, more than the limit of 2 for a resume");
}

TEST(BadInput, PdfTimeLimit) {
  IngestLimits limits;
  limits.max_pdf_seconds = 0;
  std::vector<std::vector<PdfText>> pages(2, one_column_page({"page"}));
  EXPECT_THAT(error_of(make_pdf(pages), "slow.pdf", limits),
              ::testing::StartsWith("slow.pdf: reading the PDF's text took longer than 0 s; stopped at page 1"));
}

TEST(BadInput, TruncatedAndCorruptDocx) {
  std::string docx = make_docx(docx_paragraph("Hello"));
  std::string cut = docx.substr(0, docx.size() / 2);
  EXPECT_THAT(error_of(cut, "cut.docx"), ::testing::StartsWith("cut.docx: not a readable zip archive ("));
  std::string broken = make_zip({{"word/document.xml", "<w:document><w:body><w:p>"}});
  EXPECT_THAT(error_of(broken, "broken.docx"), ::testing::StartsWith("broken.docx: damaged DOCX (word/document.xml: "));
}

TEST(BadInput, OldOrEncryptedOfficeDocument) {
  EXPECT_EQ(error_of(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'), "cv.doc"),
            "cv.doc: an old Word (.doc) file or a password-protected Office document; save it as DOCX "
            "without a password, or as PDF");
}

TEST(BadInput, FormatsRungsDoesNotReadAreUnsupportedNotInvalid) {
  for (const std::string& bytes : {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'),
                                   std::string("\xFF\xFEh\0i\0", 6), std::string("{\\rtf1\\ansi Resume}")}) {
    Result<Profile> p = read_profile_bytes(bytes, "cv");
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().kind, ErrorKind::kUnsupportedFormat) << p.error().message;
  }
  Result<Profile> damaged = read_profile_bytes("{\"basics\": ", "cv.json");
  ASSERT_FALSE(damaged);
  EXPECT_EQ(damaged.error().kind, ErrorKind::kInvalidInput);
}

TEST(BadInput, InvalidJson) {
  EXPECT_EQ(error_of("{\n  \"basics\": {\"name\": \"A\",}\n}", "bad.json"),
            "bad.json: invalid JSON at line 2: syntax error while parsing object key - unexpected '}'; "
            "expected string literal");
}

TEST(BadInput, JsonOfTheWrongShape) {
  EXPECT_EQ(error_of("[1, 2, 3]", "list.json"), "list.json: a resume must be a JSON object, found a list");
  EXPECT_EQ(error_of("{\"name\": \"x\", \"price\": 3}", "shop.json"),
            "shop.json: JSON of an unknown shape: expected a JSON Resume (basics, work, education, skills, "
            "...) or a Resume-Matcher resume (personalInfo, workExperience, ...)");
}

TEST(BadInput, DeeplyNestedJson) {
  std::string deep = "{\"basics\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(error_of(deep, "deep.json"), "deep.json: JSON nested deeper than 64 levels; not a resume");
}

TEST(BadInput, NotUtf8) {
  EXPECT_EQ(error_of("Name\nR\xE9sum\xE9 in Latin-1\n", "latin1.txt"),
            "latin1.txt: not UTF-8 text (invalid byte at line 2); save it as UTF-8");
  EXPECT_EQ(error_of("\xFF\xFEN\0a\0", "utf16.txt"), "utf16.txt: UTF-16 text; save it as UTF-8");
}

TEST(BadInput, HugeDocument) {
  IngestLimits limits;
  limits.max_document_bytes = 1000;
  EXPECT_EQ(error_of(std::string(1001, 'a'), "big.txt", limits), "big.txt: larger than the limit of 1000 bytes");
}

TEST(BadInput, ZipBombMember) {
  std::string bomb = make_zip({{"Positions.csv", std::string(11u << 20, '0')}});
  EXPECT_LT(bomb.size(), 100000u);
  EXPECT_EQ(error_of(bomb, "bomb.zip"),
            "bomb.zip: Positions.csv: inflates past the limit of 10485760 bytes; refusing what looks like a zip bomb");
}

TEST(BadInput, ZipBombAcrossMembers) {
  IngestLimits limits;
  limits.max_unzipped_bytes = 3000;
  limits.max_document_bytes = 2000;
  std::string zip = make_zip({{"Profile.csv", std::string(1800, 'a')}, {"Positions.csv", std::string(1800, 'b')}});
  EXPECT_EQ(error_of(zip, "two.zip", limits),
            "two.zip: Positions.csv: inflates past the limit of 1200 bytes; refusing what looks like a zip bomb");
}

TEST(BadInput, TooManyZipEntries) {
  IngestLimits limits;
  limits.max_zip_entries = 3;
  std::string zip = make_zip({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"Profile.csv", "4"}});
  EXPECT_EQ(error_of(zip, "many.zip", limits), "many.zip: the zip has 4 entries, more than the limit of 3");
}

TEST(BadInput, ZipNamesThatEscapeTheFolder) {
  EXPECT_EQ(error_of(make_zip({{"Profile.csv", "x"}, {"../../etc/cron.d/evil", "x"}}), "slip.zip"),
            "slip.zip: the zip entry '../../etc/cron.d/evil' escapes its folder (absolute path or '..'); "
            "refusing the archive");
  EXPECT_THAT(error_of(make_zip({{"/abs/Profile.csv", "x"}}), "abs.zip"),
              ::testing::StartsWith("abs.zip: the zip entry '/abs/Profile.csv' escapes its folder"));
}

TEST(BadInput, ZipOfSomethingElse) {
  EXPECT_EQ(error_of(make_zip({{"photo.jpg", "x"}}), "photos.zip"),
            "photos.zip: a zip that is neither a DOCX nor a LinkedIn data export");
}

TEST(BadInput, BinaryData) {
  EXPECT_EQ(error_of(std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10), "a.out"),
            "a.out: binary data, not a resume in a known format (PDF, DOCX, JSON, LinkedIn export, text)");
}

TEST(BadInput, MissingFileAndFolder) {
  Result<Profile> p = read_profile("/no/such/resume.pdf");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().message, "/no/such/resume.pdf: no such file");
}

}  // namespace
}  // namespace rungs
