#pragma once

#include "storage/newsroomrole.h"

class AppActions;
class ArticleForm;

// Shows a journalist only what her newsroom role may do (NewsroomRole). The server refuses the
// rest anyway (PostgreSQL schema 6); hiding it spares her a refusal after the work is done.
// Writer: no "Empty Trash", no newsroom dictionary, "Published" disabled in the status list.
// Editor: no newsroom dictionary. Admin: everything. Applied again when the role is re-read.
namespace RoleGate {
void apply(NewsroomRole role, AppActions &actions, ArticleForm &form);
}
