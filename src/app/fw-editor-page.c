/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include "fw-editor-page.h"

typedef struct
{
  FwDocument   *document;
  FwValidator  *validator;
  GSignalGroup *document_signals;
  GSignalGroup *history_signals;
} FwEditorPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FwEditorPage, fw_editor_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_VALIDATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fw_editor_page_dispose (GObject *object)
{
  FwEditorPage *self = FW_EDITOR_PAGE (object);
  FwEditorPagePrivate *priv = fw_editor_page_get_instance_private (self);

  /*
   * Pages let go of the document in their own dispose, while their widgets still exist
   * (fw_editor_page_set_document (page, NULL)); here only what is left is dropped.
   */
  if (priv->document_signals != NULL)
    g_signal_group_set_target (priv->document_signals, NULL);
  if (priv->history_signals != NULL)
    g_signal_group_set_target (priv->history_signals, NULL);
  g_clear_object (&priv->document_signals);
  g_clear_object (&priv->history_signals);
  g_clear_object (&priv->document);
  g_clear_object (&priv->validator);

  G_OBJECT_CLASS (fw_editor_page_parent_class)->dispose (object);
}

static void
fw_editor_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FwEditorPage *self = FW_EDITOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, fw_editor_page_get_document (self));
      break;
    case PROP_VALIDATOR:
      g_value_set_object (value, fw_editor_page_get_validator (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_editor_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FwEditorPage *self = FW_EDITOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fw_editor_page_set_document (self, g_value_get_object (value));
      break;
    case PROP_VALIDATOR:
      fw_editor_page_set_validator (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fw_editor_page_class_init (FwEditorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fw_editor_page_dispose;
  object_class->get_property = fw_editor_page_get_property;
  object_class->set_property = fw_editor_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, FW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALIDATOR] =
    g_param_spec_object ("validator", NULL, NULL, FW_TYPE_VALIDATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fw_editor_page_init (FwEditorPage *self)
{
  FwEditorPagePrivate *priv = fw_editor_page_get_instance_private (self);

  priv->document_signals = g_signal_group_new (FW_TYPE_DOCUMENT);
  priv->history_signals = g_signal_group_new (FW_TYPE_HISTORY);
}

/**
 * fw_editor_page_get_document:
 *
 * Returns: (transfer none) (nullable): the page's document
 */
FwDocument *
fw_editor_page_get_document (FwEditorPage *self)
{
  FwEditorPagePrivate *priv;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  priv = fw_editor_page_get_instance_private (self);
  return priv->document;
}

/**
 * fw_editor_page_set_document:
 * @document: (nullable): the document to show, or %NULL to let go of it
 *
 * Moves the signal groups to @document, then lets the page show it (document_changed).
 */
void
fw_editor_page_set_document (FwEditorPage *self,
                             FwDocument   *document)
{
  FwEditorPagePrivate *priv;
  g_autoptr(FwDocument) previous = NULL;

  g_return_if_fail (FW_IS_EDITOR_PAGE (self));
  g_return_if_fail (document == NULL || FW_IS_DOCUMENT (document));

  priv = fw_editor_page_get_instance_private (self);
  if (priv->document == document)
    return;

  previous = g_steal_pointer (&priv->document);
  priv->document = document != NULL ? g_object_ref (document) : NULL;
  g_signal_group_set_target (priv->document_signals, document);
  g_signal_group_set_target (priv->history_signals,
                             document != NULL ? fw_document_get_history (document) : NULL);
  if (FW_EDITOR_PAGE_GET_CLASS (self)->document_changed != NULL)
    FW_EDITOR_PAGE_GET_CLASS (self)->document_changed (self, previous);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * fw_editor_page_get_validator:
 *
 * Returns: (transfer none) (nullable): the validator whose findings the page shows
 */
FwValidator *
fw_editor_page_get_validator (FwEditorPage *self)
{
  FwEditorPagePrivate *priv;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  priv = fw_editor_page_get_instance_private (self);
  return priv->validator;
}

void
fw_editor_page_set_validator (FwEditorPage *self,
                              FwValidator  *validator)
{
  FwEditorPagePrivate *priv;

  g_return_if_fail (FW_IS_EDITOR_PAGE (self));
  g_return_if_fail (validator == NULL || FW_IS_VALIDATOR (validator));

  priv = fw_editor_page_get_instance_private (self);
  if (!g_set_object (&priv->validator, validator))
    return;

  fw_editor_page_findings_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALIDATOR]);
}

/**
 * fw_editor_page_get_document_signals:
 *
 * Returns: (transfer none): the signal group whose target is the page's document
 */
GSignalGroup *
fw_editor_page_get_document_signals (FwEditorPage *self)
{
  FwEditorPagePrivate *priv;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  priv = fw_editor_page_get_instance_private (self);
  return priv->document_signals;
}

/**
 * fw_editor_page_get_history_signals:
 *
 * Returns: (transfer none): the signal group whose target is the document's history
 */
GSignalGroup *
fw_editor_page_get_history_signals (FwEditorPage *self)
{
  FwEditorPagePrivate *priv;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  priv = fw_editor_page_get_instance_private (self);
  return priv->history_signals;
}

void
fw_editor_page_findings_changed (FwEditorPage *self)
{
  g_return_if_fail (FW_IS_EDITOR_PAGE (self));

  if (FW_EDITOR_PAGE_GET_CLASS (self)->findings_changed != NULL)
    FW_EDITOR_PAGE_GET_CLASS (self)->findings_changed (self);
}

gboolean
fw_editor_page_focus_finding (FwEditorPage *self,
                              FwFinding    *finding)
{
  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), FALSE);
  g_return_val_if_fail (FW_IS_FINDING (finding), FALSE);

  if (FW_EDITOR_PAGE_GET_CLASS (self)->focus_finding == NULL)
    return FALSE;
  return FW_EDITOR_PAGE_GET_CLASS (self)->focus_finding (self, finding);
}

/**
 * fw_editor_page_lookup_findings:
 * @subject_id: (nullable): a statement's, source's, domain's … id
 *
 * Returns: (transfer none) (nullable) (element-type FwFinding): the findings about that
 *   subject in the validator's last run, valid until its next one
 */
GPtrArray *
fw_editor_page_lookup_findings (FwEditorPage *self,
                                const char   *subject_id)
{
  FwEditorPagePrivate *priv;

  g_return_val_if_fail (FW_IS_EDITOR_PAGE (self), NULL);

  priv = fw_editor_page_get_instance_private (self);
  if (priv->validator == NULL || subject_id == NULL)
    return NULL;
  return fw_validator_lookup_findings (priv->validator, subject_id);
}
