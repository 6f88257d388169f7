#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(ArticleRepository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Newsdesk"));
    auto *placeholder = new QLabel(tr("No article open"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 720);
}
