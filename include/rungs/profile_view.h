// Showing a Profile as rungs read it (`rungs profile`): text for a person, JSON for a program.
#ifndef RUNGS_PROFILE_VIEW_H_
#define RUNGS_PROFILE_VIEW_H_

#include <cstddef>
#include <string>

#include "rungs/profile.h"

namespace rungs {

// The profile as text wrapped to `width`: who, experience in years (as of `today`), then each
// section with its cited lines ("L12"), and the notes on what could not be understood.
std::string render_profile_text(const Profile& profile, YearMonth today, std::size_t width);

// The profile as JSON (schema "rungs.profile/1"), pretty-printed, ending in a newline.
std::string render_profile_json(const Profile& profile, YearMonth today);

}  // namespace rungs

#endif  // RUNGS_PROFILE_VIEW_H_
