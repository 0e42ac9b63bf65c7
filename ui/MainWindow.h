// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

/// The VS Lab main window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)
};
