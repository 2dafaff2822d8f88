/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-spell-document.h"

typedef struct
{
  FwDocument    *document;
  GtkTextBuffer *buffer;
  GCallback      changed_handler;
  gpointer       data;
} FwSpellBinding;

static void
binding_free (gpointer data)
{
  FwSpellBinding *binding = data;

  g_clear_object (&binding->document);
  g_clear_object (&binding->buffer);
  g_free (binding);
}

static FwSpellBinding *
binding_of (FwSpellBuffer *self)
{
  return g_object_get_data (G_OBJECT (self), "fw-spell-binding");
}

static void
follow_language (FwSpellBuffer *self)
{
  FwSpellBinding *binding = binding_of (self);
  const char *language = binding->document != NULL
                           ? fw_document_get_language (binding->document) : "en";

  fw_spell_buffer_set_checker (self, fw_spell_checker_get_for_language (language));
}

static void
break_merge (FwSpellBinding *binding)
{
  if (binding->document != NULL)
    fw_history_break_merge (fw_document_get_history (binding->document));
}

static void
on_replace_started (FwSpellBuffer *self)
{
  FwSpellBinding *binding = binding_of (self);

  break_merge (binding);
  if (binding->changed_handler != NULL)
    g_signal_handlers_block_by_func (binding->buffer, binding->changed_handler, binding->data);
}

static void
on_replace_finished (FwSpellBuffer *self)
{
  FwSpellBinding *binding = binding_of (self);
  void (*changed) (gpointer data, GtkTextBuffer *buffer);

  if (binding->changed_handler != NULL)
    {
      g_signal_handlers_unblock_by_func (binding->buffer, binding->changed_handler, binding->data);
      changed = (void (*) (gpointer, GtkTextBuffer *)) binding->changed_handler;
      changed (binding->data, binding->buffer);
    }
  break_merge (binding);
}

static FwSpellBinding *
ensure_binding (FwSpellBuffer *self,
                GtkTextBuffer *buffer)
{
  FwSpellBinding *binding = binding_of (self);

  if (binding != NULL)
    return binding;
  binding = g_new0 (FwSpellBinding, 1);
  binding->buffer = g_object_ref (buffer);
  g_object_set_data_full (G_OBJECT (self), "fw-spell-binding", binding, binding_free);
  g_signal_connect (self, "replace-started", G_CALLBACK (on_replace_started), NULL);
  g_signal_connect (self, "replace-finished", G_CALLBACK (on_replace_finished), NULL);
  return binding;
}

void
fw_spell_buffer_bind_document (FwSpellBuffer *self,
                               FwDocument    *document,
                               GCallback      changed_handler,
                               gpointer       data)
{
  FwSpellBinding *binding;

  g_return_if_fail (FW_IS_SPELL_BUFFER (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));

  binding = ensure_binding (self, fw_spell_buffer_get_buffer (self));
  if (binding->document != NULL)
    g_signal_handlers_disconnect_by_func (binding->document, follow_language, self);
  g_set_object (&binding->document, document);
  binding->changed_handler = changed_handler;
  binding->data = data;
  if (document != NULL)
    g_signal_connect_object (document, "notify::language", G_CALLBACK (follow_language), self,
                             G_CONNECT_SWAPPED);
  follow_language (self);
}
