// SPDX-License-Identifier: Apache-2.0
#include "FileDialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace FileDialogs {

void askSavePath(QWidget *parent, const QString &title, const QString &suggested, const Filters &filters,
                 PathCallback done)
{
    QStringList names;
    for (const auto &f : filters)
        names.append(f.first);
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("saveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // Qt's own dialog: native ones do not report filter changes, which the default suffix relies on.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setNameFilters(names);
    dialog->setDirectory(QFileInfo(suggested).absolutePath());
    dialog->selectFile(QFileInfo(suggested).completeBaseName());
    dialog->setDefaultSuffix(filters.constFirst().second);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &name) {
        for (const auto &f : filters) {
            if (f.first == name)
                dialog->setDefaultSuffix(f.second);
        }
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(done));
    dialog->open();
}

void askOpenPath(QWidget *parent, const QString &title, const QString &dir, const QString &filter, PathCallback done)
{
    auto *dialog = new QFileDialog(parent, title, dir, filter);
    dialog->setObjectName(QStringLiteral("openDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(done));
    dialog->open();
}

void confirm(QWidget *parent, const QString &title, const QString &text, std::function<void()> yes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, parent, [box, yes = std::move(yes)](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            yes();
    });
    box->open();
}

void inform(QWidget *parent, const QString &title, const QString &richText)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, richText, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->open();
}

} // namespace FileDialogs
