/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-domain.h"
#include "fw-statement.h"
#include "fw-strings.h"
#include "fw-types.h"

struct _FwDomain
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  GListStore *cells[FW_N_DURABLE_LEVELS];
};

G_DEFINE_FINAL_TYPE (FwDomain, fw_domain, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_domain_finalize (GObject *object)
{
  FwDomain *self = FW_DOMAIN (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
    g_clear_object (&self->cells[i]);

  G_OBJECT_CLASS (fw_domain_parent_class)->finalize (object);
}

static void
fw_domain_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FwDomain *self = FW_DOMAIN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_domain_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FwDomain *self = FW_DOMAIN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      fw_domain_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_domain_class_init (FwDomainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fw_domain_finalize;
  object_class->get_property = fw_domain_get_property;
  object_class->set_property = fw_domain_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Domain Name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_domain_init (FwDomain *self)
{
  /* Names change and may repeat; findings and rows need a key that does neither. */
  self->id = fw_id_new_random ("domain");
  self->name = g_strdup ("");
  for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
    self->cells[i] = g_list_store_new (FW_TYPE_STATEMENT);
}

/* A domain with a name gets the id a reader derives from it (see fw-item-ids.h), so that
 * importing the same page twice gives the same ids; an unnamed one a random id. */
FwDomain *
fw_domain_new (const char *name)
{
  FwDomain *self = g_object_new (FW_TYPE_DOMAIN,
                                 "name", name,
                                 NULL);

  if (name != NULL && name[0] != '\0')
    {
      g_free (self->id);
      self->id = fw_id_new_from_seed ("domain", name);
    }
  return self;
}

/* Like fw_domain_new(), with @id rather than a random one (readers). */
FwDomain *
fw_domain_new_with_id (const char *id,
                       const char *name)
{
  FwDomain *self;

  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);

  self = g_object_new (FW_TYPE_DOMAIN, "name", name, NULL);
  g_free (self->id);
  self->id = g_strdup (id);
  return self;
}

/**
 * fw_domain_get_id:
 *
 * An id that stays the same for the domain's lifetime, whatever its name. A .fwk keeps it
 * when it differs from the one derived from the name; corrections refer to it.
 */
const char *
fw_domain_get_id (FwDomain *self)
{
  g_return_val_if_fail (FW_IS_DOMAIN (self), NULL);

  return self->id;
}

const char *
fw_domain_get_name (FwDomain *self)
{
  g_return_val_if_fail (FW_IS_DOMAIN (self), NULL);

  return self->name;
}

void
fw_domain_set_name (FwDomain   *self,
                    const char *name)
{
  g_return_if_fail (FW_IS_DOMAIN (self));

  if (name == NULL)
    name = "";

  if (fw_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

GListStore *
fw_domain_get_cell (FwDomain       *self,
                    FwDurableLevel  level)
{
  g_return_val_if_fail (FW_IS_DOMAIN (self), NULL);
  g_return_val_if_fail ((guint) level < FW_N_DURABLE_LEVELS, NULL);

  return self->cells[level];
}

guint
fw_domain_count_statements (FwDomain *self)
{
  guint count = 0;

  g_return_val_if_fail (FW_IS_DOMAIN (self), 0);

  for (guint i = 0; i < FW_N_DURABLE_LEVELS; i++)
    count += g_list_model_get_n_items (G_LIST_MODEL (self->cells[i]));

  return count;
}
