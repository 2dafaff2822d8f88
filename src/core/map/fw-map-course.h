/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fw-map-outcome.h"

G_BEGIN_DECLS

#define FW_TYPE_MAP_COURSE (fw_map_course_get_type ())
G_DECLARE_FINAL_TYPE (FwMapCourse, fw_map_course, FW, MAP_COURSE, GObject)

/*
 * One course of a program, in sequence. String properties, never NULL: "code" (RAD110),
 * "title", "credits" (as written: "3", "1.5"; "" when unknown) and "term" ("Fall 1").
 * The outcomes are a GListStore of FwMapOutcome owned by the course; change them through
 * FwCommand on the map's history.
 */
FwMapCourse *fw_map_course_new          (const char  *code,
                                         const char  *title);
const char  *fw_map_course_get_code     (FwMapCourse *self);
const char  *fw_map_course_get_title    (FwMapCourse *self);
const char  *fw_map_course_get_credits  (FwMapCourse *self);
const char  *fw_map_course_get_term     (FwMapCourse *self);
GListStore  *fw_map_course_get_outcomes (FwMapCourse *self);

G_END_DECLS
