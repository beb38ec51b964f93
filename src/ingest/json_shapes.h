// The two JSON resume shapes rungs reads. Internal to ingest.
#ifndef RUNGS_INGEST_JSON_SHAPES_H_
#define RUNGS_INGEST_JSON_SHAPES_H_

#include <string>

#include "ingest/json_fields.h"

namespace rungs::ingest {

// The jsonresume.org schema: basics, work, volunteer, education, awards, certificates,
// publications, skills, languages, interests, projects (references are not read).
Result<Profile> read_json_resume(const Json& doc, JsonFields& fields, const std::string& name);

// Resume-Matcher's resume JSON: personalInfo, summary, workExperience, education,
// personalProjects, additional.
Result<Profile> read_resume_matcher(const Json& doc, JsonFields& fields, const std::string& name);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_JSON_SHAPES_H_
