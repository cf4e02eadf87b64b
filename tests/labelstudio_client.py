"""The annotator's side of the Label Studio round trip, run with Label Studio's own Python.

    python tests/labelstudio_client.py URL EMAIL PASSWORD CONFIG.xml TASKS.json EXPORT.json

It logs in, makes an API token, creates a project with gongbu's labelling config through
label-studio-sdk, imports gongbu's pre-annotated tasks, and for the first task saves an
annotation as an annotator would: the model's prediction with one span added. Then it
exports the project (JSON) to EXPORT.json.
"""

import json
import re
import sys

import requests
from label_studio_sdk.client import LabelStudio


def token(url: str, email: str, password: str) -> str:
    s = requests.Session()
    page = s.get(f"{url}/user/login/", timeout=30)
    csrf = s.cookies.get("csrftoken") or re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]
    s.post(f"{url}/user/login/", data={"email": email, "password": password, "csrfmiddlewaretoken": csrf},
           headers={"Referer": f"{url}/user/login/"}, timeout=30)
    made = s.post(f"{url}/api/token/", headers={"X-CSRFToken": s.cookies.get("csrftoken"), "Referer": url}, timeout=30)
    made.raise_for_status()
    return made.json()["token"]


def main(url: str, email: str, password: str, config: str, tasks: str, export: str) -> None:
    ls = LabelStudio(base_url=url, api_key=token(url, email, password))
    project = ls.projects.create(title="gongbu round trip", label_config=open(config, encoding="utf-8").read())
    ls.projects.import_tasks(id=project.id, request=json.load(open(tasks, encoding="utf-8")))
    task = next(iter(ls.tasks.list(project=project.id, fields="all")))
    text = task.data["text"]
    result = [r for r in task.predictions[0].result] if task.predictions else []
    start = text.index("金沙江")  # the annotator marks a span the model did not
    result.append({"id": "added", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": start, "end": start + 3, "text": "金沙江", "labels": ["ORG"]}})
    ls.annotations.create(id=task.id, result=result)
    data = ls.projects.exports.as_json(project.id)
    json.dump(data, open(export, "w", encoding="utf-8"), ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:7])
