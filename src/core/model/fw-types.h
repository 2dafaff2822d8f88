/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The four proficiency levels of a framework, in their fixed order. */
typedef enum
{
  FW_LEVEL_EMERGING,
  FW_LEVEL_DEVELOPING,
  FW_LEVEL_PROFICIENT,
  FW_LEVEL_ADVANCED,
  FW_N_LEVELS
} FwLevelKey;

/* The four levels of a durable-skill domain, in their fixed order. */
typedef enum
{
  FW_DURABLE_EMERGING,
  FW_DURABLE_DEVELOPING,
  FW_DURABLE_APPLYING,
  FW_DURABLE_EXCEEDING,
  FW_N_DURABLE_LEVELS
} FwDurableLevel;

/* Where a document came from; validators skip rules about sections an origin cannot hold. */
typedef enum
{
  FW_ORIGIN_NATIVE,
  FW_ORIGIN_NSX,
  FW_ORIGIN_PAGE,
} FwOrigin;

const char *fw_level_key_to_string          (FwLevelKey      key);   /* "emerging" … */
gboolean    fw_level_key_from_string        (const char     *str,
                                             FwLevelKey     *key);
const char *fw_level_key_default_label      (FwLevelKey      key);   /* "Emerging" … (untranslated data) */
const char *fw_level_key_default_role_label (FwLevelKey      key);   /* "Entry / Apprentice" … */
const char *fw_durable_level_to_string      (FwDurableLevel  level); /* "emerging", "developing", "applying", "exceeding" */
gboolean    fw_durable_level_from_string    (const char     *str,
                                             FwDurableLevel *level);
const char *fw_durable_level_default_label  (FwDurableLevel  level); /* "Emerging", … "Exceeding" */

/* A new random id with the given prefix, e.g. "st-3f9a0c1b7e2d". */
char       *fw_id_new_random                (const char     *prefix);
/* A deterministic id from a seed, so that importing the same input twice gives the same ids. */
char       *fw_id_new_from_seed             (const char     *prefix,
                                             const char     *seed);

G_END_DECLS
