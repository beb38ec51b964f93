// Contact details in the header lines of a text resume: e-mail, phone, links, location.
#ifndef RUNGS_INGEST_CONTACT_H_
#define RUNGS_INGEST_CONTACT_H_

#include <string_view>

#include "rungs/profile.h"

namespace rungs::ingest {

// Takes what `line` says of e-mail, phone and links into `person` (fields already set are
// kept). Returns true when the line held contact details and nothing else worth citing.
bool take_contact_details(std::string_view line, Person& person);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_CONTACT_H_
