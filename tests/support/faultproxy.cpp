#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

FaultProxy::FaultProxy(quint16 targetPort)
    : m_targetPort(targetPort)
{
    m_thread.setObjectName(QStringLiteral("FaultProxy"));
    m_thread.start();
    moveToThread(&m_thread);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(this, [this] {
        abortAll();
        delete m_server;
        m_server = nullptr;
        moveToThread(nullptr);
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start()
{
    bool ok = false;
    QMetaObject::invokeMethod(this, [this, &ok] {
        m_server = new QTcpServer;
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
        ok = m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
    }, Qt::BlockingQueuedConnection);
    return ok;
}

void FaultProxy::dropAll()
{
    QMetaObject::invokeMethod(this, [this] { abortAll(); }, Qt::BlockingQueuedConnection);
}

void FaultProxy::setRefusing(bool refusing)
{
    QMetaObject::invokeMethod(this, [this, refusing] {
        m_refusing = refusing;
        if (refusing)
            abortAll();
    }, Qt::BlockingQueuedConnection);
}

void FaultProxy::arm(Fault fault, int messages)
{
    QMetaObject::invokeMethod(this, [this, fault, messages] {
        m_fault = fault;
        m_countdown = messages;
    }, Qt::BlockingQueuedConnection);
}

void FaultProxy::abortAll()
{
    const QList<QTcpSocket *> sockets = std::exchange(m_sockets, {});
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_stalled = false;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_accepted;
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket;
        m_sockets.append(client);
        m_sockets.append(upstream);
        client->setParent(nullptr);
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] { forward(client, upstream, true); });
        connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream] { forward(upstream, client, false); });
        // One side closing closes the other, as a real network path would.
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        // Data the client sent before the upstream connection stood is forwarded once it does.
        connect(upstream, &QTcpSocket::connected, this, [this, client, upstream] { forward(client, upstream, true); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::forward(QTcpSocket *from, QTcpSocket *to, bool fromClient)
{
    if (m_stalled || !m_sockets.contains(from))
        return; // held: the bytes wait in the socket until a drop discards them
    if (to->state() != QAbstractSocket::ConnectedState)
        return;
    if (fromClient && m_fault != Fault::None && from->bytesAvailable() > 0 && --m_countdown <= 0) {
        const Fault fault = std::exchange(m_fault, Fault::None);
        ++m_faults;
        if (fault == Fault::Drop) {
            abortAll();
        } else {
            m_stalled = true;
        }
        return;
    }
    const QByteArray data = from->readAll();
    if (!data.isEmpty())
        to->write(data);
}
