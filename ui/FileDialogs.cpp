// SPDX-License-Identifier: Apache-2.0
#include "FileDialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
/// Translation context of the file dialogs (FileDialogs is a namespace, which cannot declare tr()).
class FileDialogsText
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogsText)
};
} // namespace

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

void askImageWidth(QWidget *parent, QSize natural, std::function<void(int width)> done)
{
    natural = natural.isEmpty() ? QSize(960, 540) : natural;
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("imageSizeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(FileDialogsText::tr("PNG size"));
    auto *twice = new QRadioButton(FileDialogsText::tr("Twice the on-screen size, for slides (%1 × %2 px)")
                                       .arg(natural.width() * 2)
                                       .arg(natural.height() * 2),
                                   dialog);
    twice->setObjectName(QStringLiteral("imageTwiceButton"));
    twice->setChecked(true);
    auto *custom = new QRadioButton(FileDialogsText::tr("&Width:"), dialog);
    custom->setObjectName(QStringLiteral("imageCustomButton"));
    auto *width = new QSpinBox(dialog);
    width->setObjectName(QStringLiteral("imageWidthBox"));
    width->setRange(200, 8000);
    width->setSingleStep(100);
    width->setSuffix(FileDialogsText::tr(" px"));
    width->setValue(natural.width() * 2);
    width->setEnabled(false);
    width->setAccessibleName(FileDialogsText::tr("Image width in pixels"));
    auto *height = new QLabel(dialog);
    const auto updateHeight = [height, width, natural] {
        height->setText(
            FileDialogsText::tr("height %1 px")
                .arg(std::max(1, int(std::lround(double(natural.height()) * width->value() / natural.width())))));
    };
    updateHeight();
    QObject::connect(width, &QSpinBox::valueChanged, dialog, updateHeight);
    QObject::connect(custom, &QRadioButton::toggled, width, &QSpinBox::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(custom);
    row->addWidget(width);
    row->addWidget(height);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(twice);
    layout->addLayout(row);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::accepted, parent, [done = std::move(done), twice, width, natural] {
        done(twice->isChecked() ? natural.width() * 2 : width->value());
    });
    dialog->open();
}

void inform(QWidget *parent, const QString &title, const QString &richText)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, richText, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->open();
}

} // namespace FileDialogs
