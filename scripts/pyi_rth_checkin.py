# PyInstaller runtime hook of the Check-in bundle (checkin.spec), run before the application.
# On Linux the bundle carries no FFmpeg for OpenCV (scripts/bundle_trim.py: its libraries are
# stubs that abort), so OpenCV's FFmpeg backend is switched off before cv2 is imported: cameras
# are read through V4L2, video files by OpenCV's own MJPEG reader (MJPEG .avi), and a phone's
# MJPEG stream over HTTP by checkin.scanner.sources.MjpegHttpCapture.
import os
import sys

if sys.platform.startswith("linux"):
    os.environ["OPENCV_VIDEOIO_PRIORITY_FFMPEG"] = "0"
