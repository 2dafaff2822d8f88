/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FW_TYPE_COMMAND (fw_command_get_type ())
G_DECLARE_DERIVABLE_TYPE (FwCommand, fw_command, FW, COMMAND, GObject)

/*
 * One undoable change to a document. Commands hold references to what they change, so they
 * stay valid whatever happens to the widgets. Run them with fw_history_run(); never call
 * apply/revert directly outside FwHistory.
 */
struct _FwCommandClass
{
  GObjectClass parent_class;

  void     (*apply)  (FwCommand *self);
  void     (*revert) (FwCommand *self);
  /* Fold @next (a later command) into @self; return TRUE if merged. Used to group typing. */
  gboolean (*merge)  (FwCommand *self,
                      FwCommand *next);
};

void        fw_command_apply     (FwCommand  *self);
void        fw_command_revert    (FwCommand  *self);
gboolean    fw_command_merge     (FwCommand  *self,
                                  FwCommand  *next);
/* A short, translated description for "Undo %s" menu items ("Edit Headline"). */
const char *fw_command_get_label (FwCommand  *self);
void        fw_command_set_label (FwCommand  *self,
                                  const char *label);

/*
 * Sets one property of @target. The old value is captured when the command is created.
 * When @mergeable is TRUE, a following set of the same property on the same object merges
 * into this command (typing bursts); FwHistory decides whether the time gap allows it.
 */
FwCommand *fw_command_set_property_new (GObject      *target,
                                        const char   *property,
                                        const GValue *value,
                                        gboolean      mergeable);
FwCommand *fw_command_set_string_new   (GObject      *target,
                                        const char   *property,
                                        const char   *value,
                                        gboolean      mergeable);
FwCommand *fw_command_set_int_new      (GObject      *target,
                                        const char   *property,
                                        int           value);
FwCommand *fw_command_set_double_new   (GObject      *target,
                                        const char   *property,
                                        double        value);
FwCommand *fw_command_set_boolean_new  (GObject      *target,
                                        const char   *property,
                                        gboolean      value);
FwCommand *fw_command_set_strv_new     (GObject            *target,
                                        const char         *property,
                                        const char * const *value);

/* List edits on a GListStore. */
FwCommand *fw_command_insert_new (GListStore *store,
                                  guint       position,
                                  gpointer    item);
FwCommand *fw_command_remove_new (GListStore *store,
                                  guint       position);
/* Moves the item at @from_position of @from to @to_position of @to (after removal). */
FwCommand *fw_command_move_new   (GListStore *from,
                                  guint       from_position,
                                  GListStore *to,
                                  guint       to_position);

/* Several commands applied in order and reverted in reverse order, as one undo step. */
FwCommand *fw_command_group_new  (const char *label);
void       fw_command_group_add  (FwCommand  *group,
                                  FwCommand  *command);
guint      fw_command_group_get_size (FwCommand *group);

/* The object a set-property command changes, or NULL for other commands. */
GObject   *fw_command_get_target (FwCommand  *self);

/* Marks @owner, which owns the history its commands run on, so that set-property commands
 * on it hold it weakly rather than keep it alive through its own history. */
void       _fw_command_hold_weakly (GObject *owner);

G_END_DECLS
