// Showing a ladder to a person (text tables) or a program (JSON).
#ifndef RUNGS_LADDER_VIEW_H_
#define RUNGS_LADDER_VIEW_H_

#include <cstddef>
#include <string>

#include "rungs/ladder.h"
#include "rungs/taxonomy.h"

namespace rungs {

// The whole ladder as text tables wrapped to `width` columns: the roles (level, years, focus,
// typical tools, job titles), the company grades, the transitions with their criteria and
// checkpoints, the growth tracks, the promotion questions and the certifications.
std::string render_ladder_text(const Ladder& ladder, const Taxonomy& taxonomy, std::size_t width);

// One line per role: id, title, track, level, typical years.
std::string render_roles_text(const Ladder& ladder, std::size_t width);

// The whole ladder model as JSON (schema "rungs.ladder/1"), pretty-printed, ending in a newline.
std::string render_ladder_json(const Ladder& ladder);

// The roles as JSON: {"ladder": {...}, "roles": [{id, title, track, order, years}]}.
std::string render_roles_json(const Ladder& ladder);

}  // namespace rungs

#endif  // RUNGS_LADDER_VIEW_H_
