/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fw-document.h"

G_BEGIN_DECLS

#define FW_TYPE_STRING_LIST_EDITOR (fw_string_list_editor_get_type ())
G_DECLARE_FINAL_TYPE (FwStringListEditor, fw_string_list_editor, FW, STRING_LIST_EDITOR, GtkWidget)

/* Whether @value is well formed (for example a CIP code). */
typedef gboolean (*FwStringCheck) (const char *value);

/*
 * An editable list of strings held in a GStrv property (O*NET related titles, skills …):
 * each item is edited in place (typing is one mergeable command), moved up or down, or
 * removed; a last entry adds an item. Every change is one command on the document.
 */
GtkWidget  *fw_string_list_editor_new           (void);
void        fw_string_list_editor_set_title     (FwStringListEditor *self,
                                                 const char         *title,
                                                 const char         *description);
/* What one item is called ("Skill"); its entry is titled "Skill 3". Defaults to the title. */
void        fw_string_list_editor_set_item_name (FwStringListEditor *self,
                                                 const char         *item_name);
/* What the list edits: @property, a GStrv property of @target. */
void        fw_string_list_editor_set_target    (FwStringListEditor *self,
                                                 FwDocument         *document,
                                                 GObject            *target,
                                                 const char         *property);
/* Items failing @check get the error style and @problem as tooltip. */
void        fw_string_list_editor_set_check     (FwStringListEditor *self,
                                                 FwStringCheck       check,
                                                 const char         *problem);
guint       fw_string_list_editor_get_n_items   (FwStringListEditor *self);
/* The entry row editing item @index, or NULL. */
GtkWidget  *fw_string_list_editor_get_entry     (FwStringListEditor *self,
                                                 guint               index);
/* The entry row that adds an item. */
GtkWidget  *fw_string_list_editor_get_add_entry (FwStringListEditor *self);
/* Appends @value (one command); FALSE when it is empty. */
gboolean    fw_string_list_editor_append        (FwStringListEditor *self,
                                                 const char         *value);
void        fw_string_list_editor_remove        (FwStringListEditor *self,
                                                 guint               index);
/* Moves item @index by @delta places (one command). */
void        fw_string_list_editor_move          (FwStringListEditor *self,
                                                 guint               index,
                                                 int                 delta);
/* Whether item @index is shown with the error style. */
gboolean    fw_string_list_editor_item_has_error (FwStringListEditor *self,
                                                  guint               index);

G_END_DECLS
