/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fw-map-course.h"
#include "fw-map-types.h"

struct _FwMapCourse
{
  GObject     parent_instance;

  char       *code;
  char       *title;
  char       *credits;
  char       *term;
  GListStore *outcomes;
};

G_DEFINE_FINAL_TYPE (FwMapCourse, fw_map_course, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TITLE,
  PROP_CREDITS,
  PROP_TERM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
fw_map_course_get_field (FwMapCourse *self,
                         guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_CODE:
      return &self->code;

    case PROP_TITLE:
      return &self->title;

    case PROP_CREDITS:
      return &self->credits;

    case PROP_TERM:
      return &self->term;

    default:
      return NULL;
    }
}

static void
fw_map_course_finalize (GObject *object)
{
  FwMapCourse *self = FW_MAP_COURSE (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->credits, g_free);
  g_clear_pointer (&self->term, g_free);
  g_clear_object (&self->outcomes);

  G_OBJECT_CLASS (fw_map_course_parent_class)->finalize (object);
}

static void
fw_map_course_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  fw_map_get_string_property (object, prop_id, fw_map_course_get_field (FW_MAP_COURSE (object), prop_id),
                              value, pspec);
}

static void
fw_map_course_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  fw_map_set_string_property (object, prop_id, fw_map_course_get_field (FW_MAP_COURSE (object), prop_id),
                              value, pspec);
}

static void
fw_map_course_class_init (FwMapCourseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fw_map_course_finalize;
  object_class->get_property = fw_map_course_get_property;
  object_class->set_property = fw_map_course_set_property;

  properties[PROP_CODE] = g_param_spec_string ("code", N_("Course Code"), NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", N_("Course Title"), NULL, "", flags);
  properties[PROP_CREDITS] = g_param_spec_string ("credits", N_("Credits"), NULL, "", flags);
  properties[PROP_TERM] = g_param_spec_string ("term", N_("Term"), NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_map_course_init (FwMapCourse *self)
{
  self->code = g_strdup ("");
  self->title = g_strdup ("");
  self->credits = g_strdup ("");
  self->term = g_strdup ("");
  self->outcomes = g_list_store_new (FW_TYPE_MAP_OUTCOME);
}

FwMapCourse *
fw_map_course_new (const char *code,
                   const char *title)
{
  return g_object_new (FW_TYPE_MAP_COURSE, "code", code, "title", title, NULL);
}

const char *
fw_map_course_get_code (FwMapCourse *self)
{
  g_return_val_if_fail (FW_IS_MAP_COURSE (self), NULL);

  return self->code;
}

const char *
fw_map_course_get_title (FwMapCourse *self)
{
  g_return_val_if_fail (FW_IS_MAP_COURSE (self), NULL);

  return self->title;
}

const char *
fw_map_course_get_credits (FwMapCourse *self)
{
  g_return_val_if_fail (FW_IS_MAP_COURSE (self), NULL);

  return self->credits;
}

const char *
fw_map_course_get_term (FwMapCourse *self)
{
  g_return_val_if_fail (FW_IS_MAP_COURSE (self), NULL);

  return self->term;
}

GListStore *
fw_map_course_get_outcomes (FwMapCourse *self)
{
  g_return_val_if_fail (FW_IS_MAP_COURSE (self), NULL);

  return self->outcomes;
}
