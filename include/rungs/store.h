// The store: every saved assessment kept, per person, over time (DESIGN.md, `store/`).
// One interface, two implementations: SQLite, embedded (the default), and PostgreSQL, shared by
// several users or servers. Both migrate their schema forward on open and refuse a newer one.
// Errors are values of kind kStorage (exit 4), except an unknown person (kNotFound, exit 3).
#ifndef RUNGS_STORE_H_
#define RUNGS_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rungs/error.h"

namespace rungs {

// The schema version this build writes and reads; a store with a newer one is refused.
inline constexpr int kStoreSchemaVersion = 2;

// What a history listing shows of one assessment, taken from its report when it was saved.
struct AssessmentSummary {
  std::string role;     // placed role id
  std::string title;    // its title
  double confidence = 0;
  std::string target;   // the role readiness and gaps were judged against
  std::string verdict;  // "ready", "almost", "not-yet", or "" when no next role
  int yes = 0;          // promotion questions answered yes
  double coverage = 0;  // of the target's skills, 0..1
  int findings = 0;
  std::optional<int> path_months;  // months of the route to the target, when the report has one
};

// One assessment to save (`rungs assess --save`).
struct AssessmentToSave {
  std::string person;  // the id it is filed under (person_id_for)
  std::string person_name;
  std::string person_email;
  std::string at;  // when, ISO 8601 UTC: 2026-12-01T09:30:00Z
  std::string resume_sha256;
  std::string resume_file;    // the file name the user gave, for display
  std::string resume_format;  // text, json, pdf, docx, ...
  std::optional<std::string> resume_text;  // only with --keep-text
  std::string ladder_id;
  int ladder_version = 0;
  std::string asked_target;  // --target as given, "" for the default
  std::string rungs_version;
  AssessmentSummary summary;
  std::string report_json;   // rungs.report/1
  std::string profile_json;  // the Profile as rungs read it
};

// One assessment as stored.
struct StoredAssessment {
  std::int64_t id = 0;
  AssessmentToSave saved;
};

// What save() did: the new entry, or the one already there for the same person, resume, ladder
// (id and version) and asked target, which is not saved twice.
struct SaveOutcome {
  std::int64_t id = 0;
  bool created = false;
};

// A person stored, with their latest assessment.
struct PersonEntry {
  std::string id;
  std::string name;
  int assessments = 0;
  StoredAssessment latest;  // report and profile JSON left empty
};

struct StoreCounts {
  std::int64_t people = 0;
  std::int64_t documents = 0;
  std::int64_t assessments = 0;
};

// What `rungs store check` found: counts, and every problem (none when the store is sound).
struct StoreCheck {
  int schema_version = 0;
  StoreCounts counts;
  std::vector<std::string> problems;
};

// An API token (`rungs token create`): only its SHA-256 is stored.
struct TokenEntry {
  std::string name;
  std::string created_at;
};

class Store {
 public:
  virtual ~Store() = default;

  // "SQLite store /home/a/.local/share/rungs/rungs.db", "PostgreSQL store db@host" (no password).
  virtual const std::string& name() const = 0;

  // Saves one assessment in one transaction; the person is created or their name updated.
  virtual Result<SaveOutcome> save(const AssessmentToSave& assessment) = 0;

  // Everyone stored, by id, each with their latest assessment.
  virtual Result<std::vector<PersonEntry>> people() = 0;

  // A person's assessments, oldest first, whole (report, profile and any kept text).
  // An unknown person is an error of kind kNotFound naming them.
  virtual Result<std::vector<StoredAssessment>> history(const std::string& person) = 0;

  // Deletes everything stored about a person; the counts of what went.
  virtual Result<StoreCounts> forget(const std::string& person) = 0;

  // Integrity: the database's own checks, references, and every report and profile whole.
  virtual Result<StoreCheck> check() = 0;

  // API tokens: added by name with the SHA-256 of the secret (kInvalidInput when the name is
  // taken), listed, revoked (kNotFound when unknown), and looked up by the secret's SHA-256.
  virtual Result<void> add_token(const std::string& name, const std::string& sha256, const std::string& at) = 0;
  virtual Result<std::vector<TokenEntry>> tokens() = 0;
  virtual Result<void> revoke_token(const std::string& name) = 0;
  virtual Result<std::optional<std::string>> token_named(const std::string& sha256) = 0;
};

// Whether open_store may create a store that is not there yet.
enum class StoreOpen { kCreate, kExisting };

// The store `location` names: a postgresql:// or postgres:// URL, else a SQLite file path.
// Empty means $RUNGS_STORE, else $XDG_DATA_HOME/rungs/rungs.db (~/.local/share/rungs/rungs.db).
// kCreate makes the default store's folder; kExisting fails (kStorage) on a missing SQLite file.
Result<std::unique_ptr<Store>> open_store(const std::string& location, StoreOpen mode);

// The location open_store("") uses.
std::string default_store_location();

// The id to file a person under: `given` when not empty (checked: 1..128 bytes of UTF-8 with no
// spaces, slashes or control characters), else the e-mail lowercased, else the name lowercased
// with spaces as '-'. kUsage when there is none of the three.
Result<std::string> person_id_for(const std::string& given, const std::string& email,
                                  const std::string& name);

}  // namespace rungs

#endif  // RUNGS_STORE_H_
