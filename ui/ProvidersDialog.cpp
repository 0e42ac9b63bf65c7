// SPDX-License-Identifier: Apache-2.0
#include "ProvidersDialog.h"

#include "providers/Provider.h"
#include "session/ProviderRegistry.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
void addLabelledRow(QFormLayout *form, QWidget *field)
{
    // The label text is set by retranslateUi(); the buddy gives its mnemonic a target.
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}
void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}
QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ProvidersDialog *ProvidersDialog::openFor(ProviderRegistry *providers, QWidget *parent)
{
    auto *dialog = new ProvidersDialog(providers->configs(), providers->currentId(), providers->secrets(),
                                       providers->network(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, providers, [providers, dialog] {
        const QHash<QString, ProviderConfig> edited = dialog->configs();
        for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
            ProviderConfig c = providers->configs().value(it.key());
            c.presetId = it.key();
            c.baseUrl = it->baseUrl;
            c.model = it->model;
            providers->setConfig(c);
        }
        for (const QString &id : dialog->forgottenKeys())
            providers->forgetKey(id);
        for (auto it = dialog->newKeys().cbegin(); it != dialog->newKeys().cend(); ++it)
            providers->storeKey(it.key(), it.value());
        (void)providers->setCurrent(dialog->currentPreset());
        providers->fetchModels();
    });
    dialog->open();
    return dialog;
}

ProvidersDialog::ProvidersDialog(const QHash<QString, ProviderConfig> &configs, const QString &initialPreset,
                                 SecretStore *secrets, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_configs(configs)
    , m_secrets(secrets)
    , m_nam(nam)
{
    setObjectName(QStringLiteral("providersDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    for (const ProviderPreset &p : ProviderPreset::all())
        m_preset->addItem(p.title(), p.id);
    addLabelledRow(m_form, m_preset);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setClearButtonEnabled(true);
    addLabelledRow(m_form, m_baseUrl);
    m_url = makeNote(this, QStringLiteral("resolvedUrl"));
    m_form->addRow(m_url);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("dialogModelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    addLabelledRow(m_form, m_model);

    auto *keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_key = new QLineEdit(keyRow);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_showKey = new QCheckBox(keyRow);
    m_showKey->setObjectName(QStringLiteral("showKeyCheck"));
    m_forget = new QPushButton(keyRow);
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    keyLayout->addWidget(m_key, 1);
    keyLayout->addWidget(m_showKey);
    keyLayout->addWidget(m_forget);
    addLabelledRow(m_form, keyRow);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(keyRow)))
        label->setBuddy(m_key);
    m_keyStatus = makeNote(this, QStringLiteral("keyStatus"));
    m_form->addRow(m_keyStatus);
    layout->addLayout(m_form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProvidersDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        storeFields();
        loadPreset(currentPreset());
    });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProvidersDialog::updateUrl);
    connect(m_showKey, &QCheckBox::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_forgotten.insert(m_loaded);
        m_newKeys.remove(m_loaded);
        m_knownKeys.remove(m_loaded);
        m_key->clear();
        updateKeyStatus();
    });
    connect(m_test, &QPushButton::clicked, this, &ProvidersDialog::testConnection);

    retranslateUi();
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(initialPreset)));
    loadPreset(currentPreset());
    resize(560, sizeHint().height());
}

ProvidersDialog::~ProvidersDialog()
{
    if (m_testJob)
        m_testJob->cancel();
}

QString ProvidersDialog::currentPreset() const
{
    return m_preset->currentData().toString();
}

QHash<QString, ProviderConfig> ProvidersDialog::configs() const
{
    return m_configs;
}

void ProvidersDialog::loadPreset(const QString &id)
{
    m_loaded = id;
    const ProviderPreset *preset = ProviderPreset::find(id);
    ProviderConfig config = m_configs.value(id);
    config.presetId = id;
    m_baseUrl->setPlaceholderText(preset ? preset->defaultBaseUrl : QString());
    m_baseUrl->setText(config.baseUrl);
    m_model->clear();
    m_model->setEditText(config.model.isEmpty() && preset ? preset->defaultModel : config.model);
    m_key->setText(m_newKeys.value(id));
    m_testResult->clear();
    const bool network = preset && preset->kind != ProviderKind::Demo;
    m_baseUrl->setEnabled(network);
    m_key->setEnabled(network && SecretStore::fromEnvironment(id).isEmpty());
    m_showKey->setEnabled(m_key->isEnabled());
    updateUrl();
    updateKeyStatus();
    if (network && !m_knownKeys.contains(id) && m_secrets) {
        m_secrets->read(id, this, [this, id](const QString &key, KeySource source, const QString &error) {
            if (source == KeySource::Keychain && !key.isEmpty())
                m_knownKeys.insert(id, key);
            if (!error.isEmpty())
                m_keyErrors.insert(id, error);
            if (id == m_loaded)
                updateKeyStatus();
        });
    }
}

void ProvidersDialog::storeFields()
{
    if (m_loaded.isEmpty())
        return;
    ProviderConfig &config = m_configs[m_loaded];
    config.presetId = m_loaded;
    config.baseUrl = m_baseUrl->text().trimmed();
    config.model = m_model->currentText().trimmed();
    const QString key = m_key->text().trimmed();
    if (!key.isEmpty()) {
        m_newKeys.insert(m_loaded, key);
        m_forgotten.remove(m_loaded);
    }
}

ProviderConfig ProvidersDialog::fieldsConfig() const
{
    ProviderConfig config = m_configs.value(m_loaded);
    config.presetId = m_loaded;
    config.baseUrl = m_baseUrl->text().trimmed();
    config.model = m_model->currentText().trimmed();
    const QString typed = m_key->text().trimmed();
    QString env = SecretStore::fromEnvironment(m_loaded);
    config.apiKey = !env.isEmpty() ? env : !typed.isEmpty() ? typed : m_knownKeys.value(m_loaded);
    if (config.baseUrl.isEmpty()) {
        if (const ProviderPreset *preset = ProviderPreset::find(m_loaded))
            config.baseUrl = preset->defaultBaseUrl;
    }
    return config;
}

void ProvidersDialog::updateUrl()
{
    const std::unique_ptr<Provider> provider = Provider::create(fieldsConfig(), m_nam);
    m_url->setText(provider ? tr("Chat requests go to %1").arg(provider->chatUrl().toDisplayString())
                            : tr("Unknown provider"));
}

void ProvidersDialog::updateKeyStatus()
{
    const ProviderPreset *preset = ProviderPreset::find(m_loaded);
    QString variable;
    const QString env = SecretStore::fromEnvironment(m_loaded, &variable);
    QString status;
    if (!preset || preset->kind == ProviderKind::Demo) {
        status = tr("The offline demo model needs no key and no network.");
    } else if (!env.isEmpty()) {
        status = tr("Using the environment variable %1; it takes precedence over the keychain.").arg(variable);
        m_key->setPlaceholderText(tr("from $%1").arg(variable));
    } else if (m_forgotten.contains(m_loaded)) {
        status = tr("The stored key will be removed from the system keychain.");
    } else if (m_newKeys.contains(m_loaded) || !m_key->text().isEmpty()) {
        status = tr("The key will be saved in the system keychain (never in the settings file).");
    } else if (m_knownKeys.contains(m_loaded)) {
        status = tr("A key is stored in the system keychain. Type a new one to replace it.");
        m_key->setPlaceholderText(tr("stored in the keychain"));
    } else {
        status = preset->keyRequired ? tr("No key yet. It will be kept in the system keychain.")
                                     : tr("This provider usually needs no key (local server).");
        if (!preset->keyEnvVars.isEmpty())
            status += QLatin1Char(' ') + tr("You can also set %1.").arg(preset->keyEnvVars.join(tr(" or ")));
        m_key->setPlaceholderText(QString());
    }
    if (m_keyErrors.contains(m_loaded))
        status += QLatin1Char(' ') + tr("Keychain: %1").arg(m_keyErrors.value(m_loaded));
    m_keyStatus->setText(status);
    m_forget->setEnabled(m_knownKeys.contains(m_loaded) && env.isEmpty());
}

void ProvidersDialog::testConnection()
{
    if (m_testJob) {
        m_testJob->cancel();
        m_testJob = nullptr;
    }
    m_testProvider = Provider::create(fieldsConfig(), m_nam);
    if (!m_testProvider) {
        m_testResult->setText(tr("Unknown provider."));
        return;
    }
    m_testResult->setText(tr("Connecting to %1…").arg(m_testProvider->baseUrl().toDisplayString()));
    m_test->setEnabled(false);
    ModelListJob *job = m_testProvider->listModels();
    m_testJob = job;
    job->setParent(this);
    connect(job, &ModelListJob::finished, this,
            [this, job](const QStringList &models, const std::optional<ProviderError> &error) {
                job->deleteLater();
                if (m_testJob != job)
                    return;
                m_testJob = nullptr;
                m_test->setEnabled(true);
                if (error) {
                    m_testResult->setText(error->message);
                    return;
                }
                m_testResult->setText(tr("Connected: %n model(s) available.", nullptr, int(models.size())));
                const QString typed = m_model->currentText();
                m_model->clear();
                m_model->addItems(models);
                m_model->setEditText(typed);
            });
}

void ProvidersDialog::accept()
{
    storeFields();
    QDialog::accept();
}

void ProvidersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProvidersDialog::retranslateUi()
{
    setWindowTitle(tr("Providers"));
    m_intro->setText(tr("Where VS Lab sends prompts. Keys are kept in the system keychain or read from environment "
                        "variables; they are never written to the settings file or shown in logs."));
    setFormLabel(m_form, m_preset, tr("&Provider:"));
    m_preset->setAccessibleName(tr("Provider preset"));
    for (int i = 0; i < m_preset->count(); ++i) {
        if (const ProviderPreset *p = ProviderPreset::find(m_preset->itemData(i).toString()))
            m_preset->setItemText(i, p->title());
    }
    setFormLabel(m_form, m_baseUrl, tr("&Base URL:"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    setFormLabel(m_form, m_model, tr("&Model:"));
    m_model->setAccessibleName(tr("Model"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_key->parentWidget())))
        label->setText(tr("API &key:"));
    m_key->setAccessibleName(tr("API key"));
    m_showKey->setText(tr("S&how"));
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_forget->setText(tr("&Forget"));
    m_forget->setAccessibleName(tr("Forget the stored API key"));
    m_test->setText(tr("&Test connection"));
    m_test->setAccessibleName(tr("Test connection"));
    if (!m_loaded.isEmpty()) {
        updateUrl();
        updateKeyStatus();
    }
}
