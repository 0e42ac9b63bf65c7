// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("VS Lab"));
    setCentralWidget(new QLabel(tr("VS Lab"), this));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;
