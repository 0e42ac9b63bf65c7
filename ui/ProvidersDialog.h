// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderTypes.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

class ModelListJob;
class ProviderRegistry;
class Provider;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;

/// Edits provider presets: base URL, model and API key (kept in the OS keychain, never in settings).
class ProvidersDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `configs` holds the current base URL and model per preset id; keys come from `secrets`.
    ProvidersDialog(const QHash<QString, ProviderConfig> &configs, const QString &currentPreset, SecretStore *secrets,
                    QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProvidersDialog() override;
    Q_DISABLE_COPY_MOVE(ProvidersDialog)

    /// Opens the dialog window-modally over `parent` for the registry's providers; on OK the edited base URLs,
    /// models and keys go to the registry (keys to the keychain) and the chosen preset becomes current.
    static ProvidersDialog *openFor(ProviderRegistry *providers, QWidget *parent);

    QString currentPreset() const;
    /// Base URL and model per preset, as edited (no keys).
    QHash<QString, ProviderConfig> configs() const;
    /// Keys typed in this dialog, per preset.
    const QHash<QString, QString> &newKeys() const { return m_newKeys; }
    /// Presets whose stored key the user asked to forget.
    const QSet<QString> &forgottenKeys() const { return m_forgotten; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadPreset(const QString &id);
    void storeFields();
    void updateKeyStatus();
    void updateUrl();
    void testConnection();
    ProviderConfig fieldsConfig() const;

    QHash<QString, ProviderConfig> m_configs;
    QHash<QString, QString> m_newKeys;
    QHash<QString, QString> m_knownKeys;
    QHash<QString, QString> m_keyErrors;
    QSet<QString> m_forgotten;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<Provider> m_testProvider;
    ModelListJob *m_testJob = nullptr;
    QString m_loaded;

    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_url = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_showKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
