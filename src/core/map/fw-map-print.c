/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-map-print.h"

struct _FwMapPrint
{
  GObject  parent_instance;

  char    *statement;
  char    *place;
  char    *headline;
  char    *digest;
};

G_DEFINE_FINAL_TYPE (FwMapPrint, fw_map_print, G_TYPE_OBJECT)

static void
fw_map_print_finalize (GObject *object)
{
  FwMapPrint *self = FW_MAP_PRINT (object);

  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->digest, g_free);

  G_OBJECT_CLASS (fw_map_print_parent_class)->finalize (object);
}

static void
fw_map_print_class_init (FwMapPrintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fw_map_print_finalize;
}

static void
fw_map_print_init (FwMapPrint *self G_GNUC_UNUSED)
{
}

FwMapPrint *
fw_map_print_new (const char *statement_id,
                  const char *place,
                  const char *headline,
                  const char *digest)
{
  FwMapPrint *self;

  g_return_val_if_fail (statement_id != NULL, NULL);

  self = g_object_new (FW_TYPE_MAP_PRINT, NULL);
  self->statement = g_strdup (statement_id);
  self->place = g_strdup (place != NULL ? place : "");
  self->headline = g_strdup (headline != NULL ? headline : "");
  self->digest = g_strdup (digest != NULL ? digest : "");

  return self;
}

const char *
fw_map_print_get_statement (FwMapPrint *self)
{
  g_return_val_if_fail (FW_IS_MAP_PRINT (self), NULL);

  return self->statement;
}

const char *
fw_map_print_get_place (FwMapPrint *self)
{
  g_return_val_if_fail (FW_IS_MAP_PRINT (self), NULL);

  return self->place;
}

const char *
fw_map_print_get_headline (FwMapPrint *self)
{
  g_return_val_if_fail (FW_IS_MAP_PRINT (self), NULL);

  return self->headline;
}

const char *
fw_map_print_get_digest (FwMapPrint *self)
{
  g_return_val_if_fail (FW_IS_MAP_PRINT (self), NULL);

  return self->digest;
}
