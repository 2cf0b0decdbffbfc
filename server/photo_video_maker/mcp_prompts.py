"""MCP prompts: the usual ways to start, offered by hosts as ready-made requests (Claude
Desktop lists them under the attachment button). Each one is the person's request in words
the tools' descriptions already cover, so the model takes it from there."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import MCPServer
from pydantic import Field

Folder = Annotated[str, Field(description="The folder of photos (and clips), e.g. ~/Pictures/Trip")]
Music = Annotated[
    str, Field(description="calm, upbeat, cinematic, lofi, acoustic, a song's path, or none")
]


def add_prompts(server: MCPServer) -> None:
    @server.prompt(title="Slideshow from a folder")
    def slideshow_from_folder(
        folder: Folder,
        music: Music = "calm",
        seconds_per_photo: Annotated[str, Field(description="Seconds on screen")] = "3",
    ) -> str:
        """A slideshow of every photo in a folder, with music and transitions."""
        return (
            f"Make a slideshow video of the photos in {folder}. Upload the folder, then make "
            f"it a slideshow with crossfades, {seconds_per_photo} seconds per photo and "
            f"{_music(music)}. Show me the preview, then export it as MP4 and tell me where "
            "the file is."
        )

    @server.prompt(title="Vertical reel")
    def vertical_reel(
        folder: Folder,
        length_seconds: Annotated[str, Field(description="Length of the reel")] = "30",
        title: Annotated[str, Field(description="Text to open with (empty: none)")] = "",
        music: Music = "upbeat",
    ) -> str:
        """A 9:16 reel for TikTok, Instagram Reels or YouTube Shorts."""
        opening = f' with the title "{title}"' if title.strip() else ""
        return (
            f"Make a vertical 9:16 reel for TikTok, Reels and Shorts from {folder}{opening}: "
            f"{length_seconds} seconds long, fast slide transitions, {_music(music)}. Show me "
            "the preview, then export it at 1080p and tell me where the file is."
        )

    @server.prompt(title="Memory video with dates")
    def memory_video(
        folder: Folder,
        title: Annotated[str, Field(description="The title, e.g. Summer 2026")] = "",
        music: Music = "cinematic",
    ) -> str:
        """Photos in the order they were taken, each captioned with its date."""
        opening = f' Open with the title "{title}".' if title.strip() else ""
        return (
            f"Make a memory video from the photos in {folder}. Upload the folder, sort the "
            "photos by the date they were taken, and caption each photo with its date written "
            "out (the date is 'taken' in the media list of state, e.g. 'June 3, 2026')."
            f"{opening} Use {_music(music)}, gentle zoom and crossfades, and end with a fade to "
            "black. Show me the preview, then export it and tell me where the file is."
        )


def _music(music: str) -> str:
    said = music.strip()
    if not said or said.lower() == "none":
        return "no music"
    if "/" in said or "\\" in said or "." in said:
        return f"the song {said} as the music"
    return f"{said} built-in music"
