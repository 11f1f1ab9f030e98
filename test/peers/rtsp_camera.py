#!/usr/bin/python3
"""An IP camera for tests: GStreamer's RTSP server on 127.0.0.1.

Usage: rtsp_camera.py PORT [--codec h264|h265|mjpeg] [--user U --password P] [--no-video]
                         [--pattern solid|moving]

Serves rtsp://127.0.0.1:PORT/cam, a live 1280x720 30 fps picture of one solid
colour. Each line read on stdin that is a hex colour (RRGGBB) changes the
colour from the next frame on, and the camera answers with "flip <epoch ms>"
so a test can time how long the change takes to reach the studio's program.
Prints "ready" once it listens.
"""
import argparse
import sys
import time

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

ENCODERS = {
    "h264": "x264enc tune=zerolatency speed-preset=ultrafast bitrate=2500 key-int-max=30 ! video/x-h264,profile=baseline ! rtph264pay config-interval=1 name=pay0",
    "h265": "x265enc tune=zerolatency speed-preset=ultrafast key-int-max=30 ! rtph265pay config-interval=1 name=pay0",
    # RTP/JPEG carries 4:2:0 or 4:2:2 only: pin the encoder input to I420.
    "mjpeg": "video/x-raw,format=I420 ! jpegenc quality=70 ! rtpjpegpay name=pay0",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--codec", default="h264", choices=ENCODERS)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--no-video", action="store_true")
    # solid: one colour (pixel checks, latency flips); moving: a scrolling test card with a
    # running clock, coded at a realistic bitrate (CPU figures).
    parser.add_argument("--pattern", default="solid", choices=["solid", "moving"])
    args = parser.parse_args()

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(args.port))

    factory = GstRtspServer.RTSPMediaFactory()
    if args.no_video:
        launch = "( audiotestsrc is-live=true ! audioconvert ! opusenc ! rtpopuspay name=pay0 )"
    else:
        picture = (
            "pattern=solid-color foreground-color=0xff00c000"
            if args.pattern == "solid"
            else "pattern=smpte horizontal-speed=6"
        )
        overlay = "" if args.pattern == "solid" else "! timeoverlay font-desc=\"Sans 48\" "
        launch = (
            f"( videotestsrc name=src is-live=true {picture} "
            "! video/x-raw,width=1280,height=720,framerate=30/1 "
            + overlay
            + "! videoconvert ! "
            + ENCODERS[args.codec]
            + " )"
        )
    factory.set_launch(launch)
    factory.set_shared(True)
    sources = []

    def on_configure(_factory, media):
        element = media.get_element()
        source = element.get_by_name("src") if hasattr(element, "get_by_name") else None
        if source is not None:
            sources.append(source)

    factory.connect("media-configure", on_configure)

    if args.user:
        auth = GstRtspServer.RTSPAuth()
        token = GstRtspServer.RTSPToken()
        token.set_string("media.factory.role", args.user)
        auth.add_basic(GstRtspServer.RTSPAuth.make_basic(args.user, args.password or ""), token)
        server.set_auth(auth)
        permissions = Gst.Structure.from_string(
            f"{args.user}, media.factory.access=(boolean)true, media.factory.construct=(boolean)true"
        )[0]
        factory.add_role_from_structure(permissions)

    server.get_mount_points().add_factory("/cam", factory)
    if server.attach(None) == 0:
        print("could not listen", flush=True)
        sys.exit(1)

    def on_stdin(channel, _condition):
        line = channel.readline().strip()
        if not line:
            return True
        colour = int(line, 16)
        for source in sources:
            source.set_property("foreground-color", 0xFF000000 | colour)
        print(f"flip {int(time.time() * 1000)}", flush=True)
        return True

    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN, on_stdin)
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
