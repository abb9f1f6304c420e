"""The staff groups and the moderation workflow, named in Vietnamese as staff read them.

Groups are data: the admin shows their names as stored, in every admin language. The data
migrations of news, showcase and events created them under English names; core's 0004
renames them to these.
"""

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt viên"
SHOWCASE_MANAGERS = "Quản lý trưng bày"
EVENT_MANAGERS = "Quản lý sự kiện"
# The workflow every page goes through, and its one task.
MODERATION_WORKFLOW = "Kiểm duyệt"
MODERATION_TASK = "Kiểm duyệt viên phê duyệt"
